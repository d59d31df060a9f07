package com.precis.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precis.document.Actor;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.Source;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The document as a DynamoDB item, field for field with its JSON: objects become maps, arrays
 * lists, numbers N, strings S and nulls NULL, so the item reads back to the same JSON.
 */
public final class ItemMapper {

    /** Jackson is only needed to read items back (CLI, tests): loaded then, not on the handler's path. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private ItemMapper() {
    }

    public static Map<String, AttributeValue> toItem(ArticleDocument document) {
        // Written field by field rather than through Jackson: on a cold start, binding the records
        // by reflection cost more than the rest of the handler's own work (see bench/README.md).
        // Same fields, order and values as DocumentJson writes; ItemMapperTest holds them together.
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("articleId", string(document.articleId()));
        item.put("source", source(document.source()));
        item.put("title", string(document.title()));
        item.put("publisher", string(document.publisher()));
        item.put("authors", strings(document.authors()));
        item.put("publishedAt", string(document.publishedAt()));
        item.put("language", string(document.language()));
        item.put("summary", strings(document.summary()));
        item.put("quotes", list(document.quotes(), ItemMapper::quote));
        item.put("actors", list(document.actors(), ItemMapper::actor));
        item.put("cleanText", string(document.cleanText()));
        item.put("stats", stats(document.stats()));
        item.put("pipelineVersion", string(document.pipelineVersion()));
        item.put("processedAt", string(document.processedAt()));
        item.put("status", document.status() == null ? NULL : AttributeValue.fromS(document.status().name()));
        item.put("error", string(document.error()));
        item.put("trimmed", strings(document.trimmed()));
        return item;
    }

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private static AttributeValue source(Source s) {
        if (s == null) {
            return NULL;
        }
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("bucket", string(s.bucket()));
        m.put("key", string(s.key()));
        m.put("versionId", string(s.versionId()));
        m.put("etag", string(s.etag()));
        m.put("sizeBytes", s.sizeBytes() == null ? NULL : number(s.sizeBytes()));
        m.put("contentType", string(s.contentType()));
        m.put("url", string(s.url()));
        m.put("sequencer", string(s.sequencer()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue quote(Quote q) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("text", string(q.text()));
        m.put("speaker", speaker(q.speaker()));
        m.put("cue", string(q.cue()));
        m.put("kind", q.kind() == null ? NULL : AttributeValue.fromS(q.kind().name()));
        m.put("anonymous", AttributeValue.fromBool(q.anonymous()));
        m.put("sentenceIndex", number(q.sentenceIndex()));
        m.put("key", AttributeValue.fromBool(q.key()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue speaker(Speaker s) {
        if (s == null) {
            return NULL;
        }
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("name", string(s.name()));
        m.put("actorId", string(s.actorId()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue actor(Actor a) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("id", string(a.id()));
        m.put("name", string(a.name()));
        m.put("type", a.type() == null ? NULL : AttributeValue.fromS(a.type().name()));
        m.put("roles", strings(a.roles()));
        m.put("aliases", strings(a.aliases()));
        m.put("mentions", number(a.mentions()));
        m.put("salience", number(a.salience()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue stats(Stats s) {
        if (s == null) {
            return NULL;
        }
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("inputBytes", number(s.inputBytes()));
        m.put("cleanChars", number(s.cleanChars()));
        m.put("sentences", number(s.sentences()));
        m.put("removedBlocks", number(s.removedBlocks()));
        m.put("processingMillis", number(s.processingMillis()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue string(String s) {
        return s == null ? NULL : AttributeValue.fromS(s);
    }

    private static AttributeValue strings(List<String> values) {
        return list(values, ItemMapper::string);
    }

    private static <T> AttributeValue list(List<T> values, Function<T, AttributeValue> element) {
        if (values == null) {
            return NULL;
        }
        List<AttributeValue> list = new ArrayList<>(values.size());
        for (T value : values) {
            list.add(value == null ? NULL : element.apply(value));
        }
        return AttributeValue.fromL(list);
    }

    private static AttributeValue number(long n) {
        return AttributeValue.fromN(Long.toString(n));
    }

    /** As Jackson writes a double; DynamoDB has no NaN or infinity, so those are stored as NULL. */
    private static AttributeValue number(double n) {
        return Double.isFinite(n) ? AttributeValue.fromN(Double.toString(n)) : NULL;
    }

    /**
     * The item back as the document's JSON tree (for reading items and printing them), without the
     * attributes that only coordinate deliveries (names starting with "_").
     */
    public static ObjectNode toJson(Map<String, AttributeValue> item) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        item.forEach((name, value) -> {
            if (!name.startsWith("_")) {
                node.set(name, toNode(value));
            }
        });
        return node;
    }

    public static ArticleDocument toDocument(Map<String, AttributeValue> item) {
        try {
            return Json.MAPPER.treeToValue(toJson(item), ArticleDocument.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the item is not a Precis document: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode toNode(AttributeValue value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (value.type()) {
            case S -> f.textNode(value.s());
            case N -> value.n().contains(".") || value.n().contains("e") || value.n().contains("E")
                    ? f.numberNode(Double.parseDouble(value.n()))
                    : f.numberNode(Long.parseLong(value.n()));
            case BOOL -> f.booleanNode(value.bool());
            case NUL -> f.nullNode();
            case M -> {
                ObjectNode o = f.objectNode();
                value.m().forEach((k, v) -> o.set(k, toNode(v)));
                yield o;
            }
            case L -> {
                ArrayNode a = f.arrayNode();
                value.l().forEach(v -> a.add(toNode(v)));
                yield a;
            }
            case SS -> {
                ArrayNode a = f.arrayNode();
                value.ss().forEach(a::add);
                yield a;
            }
            default -> f.textNode(String.valueOf(value));
        };
    }
}
