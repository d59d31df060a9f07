package com.precis.store;

import com.precis.document.Actor;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.index.DateKey;
import com.precis.index.IndexEntries;
import com.precis.index.IndexEntry;
import com.precis.index.IndexRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Index entries as items of the summary table, and back as rows for readers. An item carries what
 * a reader shows (the quote, the speaker or actor, the article's title, url and dates), so one
 * Query answers without reading the summaries. Long fields are cut, so an item stays a few KB
 * whatever the article, and {@code ver} is the version ({@code _order}) of the summary it was
 * written with.
 */
public final class IndexItems {

    static final int MAX_TEXT_CHARS = ItemFitter.MAX_FIELD_CHARS;
    static final int MAX_SHORT_CHARS = 500;

    private IndexItems() {
    }

    /**
     * The index items of a document, slot by slot. Made from the document before it is fitted to
     * the 400 KB item limit: a quote list trimmed from the summary item is still indexed whole.
     */
    public static List<Map<String, AttributeValue>> of(ArticleDocument document, String version) {
        List<IndexEntry> entries = IndexEntries.of(document);
        int count = Math.min(entries.size(), IndexSchema.MAX_SLOTS);
        DateKey.Dated dated = DateKey.of(document.publishedAt(), document.processedAt());
        String articleHash = hash(document.articleId());
        List<Map<String, AttributeValue>> items = new ArrayList<>(count);
        for (int slot = 0; slot < count; slot++) {
            items.add(item(document, slot, entries.get(slot), version, dated, articleHash));
        }
        return items;
    }

    private static Map<String, AttributeValue> item(ArticleDocument doc, int slot, IndexEntry entry, String version,
                                                    DateKey.Dated dated, String articleHash) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(DynamoArticleStore.KEY, s(IndexSchema.slotId(doc.articleId(), slot)));
        item.put(IndexSchema.OF, s(doc.articleId()));
        item.put(IndexSchema.NAME_KEY, s(entry.lookupKey()));
        // inverted slot: read newest first, an article's entries still come in article order
        item.put(IndexSchema.DATE_KEY, s(dated.key() + "#" + articleHash + "#"
                + String.format("%06d", IndexSchema.MAX_SLOTS - slot)));
        item.put("ver", s(version));
        item.put("entry", s(entry.kind().name()));
        put(item, "name", cut(entry.name(), MAX_SHORT_CHARS));
        put(item, "form", cut(entry.form(), MAX_SHORT_CHARS));
        Actor actor = entry.actor();
        if (actor != null) {
            put(item, "actorId", actor.id());
            put(item, "type", actor.type() == null ? null : actor.type().name());
            if (!actor.roles().isEmpty()) {
                item.put("roles", AttributeValue.fromL(actor.roles().stream().limit(10)
                        .map(r -> s(cut(r, MAX_SHORT_CHARS))).toList()));
            }
            if (entry.kind() == IndexEntry.Kind.ACTOR) {
                item.put("mentions", AttributeValue.fromN(Integer.toString(actor.mentions())));
            }
        }
        Quote quote = entry.quote();
        if (quote != null) {
            put(item, "text", cut(quote.text(), MAX_TEXT_CHARS));
            put(item, "cue", cut(quote.cue(), MAX_SHORT_CHARS));
            put(item, "quoteKind", quote.kind() == null ? null : quote.kind().name());
            item.put("quoteIndex", AttributeValue.fromN(Integer.toString(entry.quoteIndex())));
            item.put("keyQuote", AttributeValue.fromBool(quote.key()));
        }
        put(item, "title", cut(doc.title(), MAX_SHORT_CHARS));
        put(item, "url", doc.source() == null ? null : cut(doc.source().url(), MAX_TEXT_CHARS));
        put(item, "publisher", cut(doc.publisher(), MAX_SHORT_CHARS));
        put(item, "publishedAt", cut(doc.publishedAt(), 100));
        put(item, "processedAt", cut(doc.processedAt(), 100));
        item.put("date", s(dated.key()));
        item.put("dateFrom", s(dated.from()));
        return item;
    }

    /** An index item as a reader's row. */
    public static IndexRow toRow(Map<String, AttributeValue> item) {
        IndexEntry.Kind kind = "QUOTE".equals(text(item, "entry")) ? IndexEntry.Kind.QUOTE : IndexEntry.Kind.ACTOR;
        AttributeValue roles = item.get("roles");
        AttributeValue mentions = item.get("mentions");
        return new IndexRow(kind, text(item, "name"), text(item, "form"), text(item, "type"),
                roles != null && roles.hasL() ? roles.l().stream().map(AttributeValue::s).toList() : List.of(),
                mentions != null && mentions.n() != null ? Integer.valueOf(mentions.n()) : null,
                text(item, "text"), text(item, "cue"), text(item, IndexSchema.OF), text(item, "title"),
                text(item, "url"), text(item, "publisher"), text(item, "date"), text(item, "dateFrom"),
                text(item, "publishedAt"), text(item, "processedAt"));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String cut(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end) + "…";
    }

    /** A short, fixed-width stand-in for the article id in sort keys (ids can be a kilobyte long). */
    static String hash(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
