package com.precis.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precis.document.ArticleDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The document as a DynamoDB item, field for field with its JSON: objects become maps, arrays
 * lists, numbers N, strings S and nulls NULL, so the item reads back to the same JSON.
 */
public final class ItemMapper {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ItemMapper() {
    }

    public static Map<String, AttributeValue> toItem(ArticleDocument document) {
        ObjectNode tree = JSON.valueToTree(document);
        return toMap(tree);
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
            return JSON.treeToValue(toJson(item), ArticleDocument.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the item is not a Precis document: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, AttributeValue> toMap(JsonNode object) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), toValue(field.getValue()));
        }
        return map;
    }

    private static AttributeValue toValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return AttributeValue.fromNul(true);
        }
        if (node.isObject()) {
            return AttributeValue.fromM(toMap(node));
        }
        if (node.isArray()) {
            List<AttributeValue> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(toValue(element));
            }
            return AttributeValue.fromL(list);
        }
        if (node.isBoolean()) {
            return AttributeValue.fromBool(node.booleanValue());
        }
        if (node.isNumber()) {
            return AttributeValue.fromN(node.numberValue().toString());
        }
        if (node.isBinary()) {
            try {
                return AttributeValue.fromB(SdkBytes.fromByteArray(node.binaryValue()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return AttributeValue.fromS(node.asText());
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
