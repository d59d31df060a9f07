package com.precis.store;

import com.precis.document.Actor;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a document fit in one DynamoDB item. What goes first is what a user loses least by:
 * overlong strings in the lists (a "quote" or "sentence" of a megabyte is a scraping accident),
 * then the tail of cleanText (cut at a paragraph or sentence end), and, only when the lists alone
 * leave too little room for text, the quotes past the first ones and the least salient actors.
 * Every cut is named in {@code trimmed}; stats keep the original sizes, so a user can see how
 * much was cut.
 */
public final class ItemFitter {

    /** Below DynamoDB's limit, for the margin its size rules leave open. */
    static final long BUDGET_BYTES = ItemSize.LIMIT_BYTES - 16 * 1024;
    /** The longest quote, summary sentence or name kept whole; longer ones are cut to this. */
    static final int MAX_FIELD_CHARS = 2000;
    private static final long MIN_TEXT_BYTES = 8 * 1024;

    private ItemFitter() {
    }

    public static ArticleDocument fit(ArticleDocument document) {
        if (size(document) <= BUDGET_BYTES) {
            return document;
        }
        List<String> trimmed = new ArrayList<>(document.trimmed());
        ArticleDocument doc = capFields(document, trimmed);
        if (size(doc.withCleanText("")) + MIN_TEXT_BYTES > BUDGET_BYTES) {
            doc = trimLists(doc, trimmed);
        }
        if (size(doc) > BUDGET_BYTES) {
            long room = Math.max(0, BUDGET_BYTES - size(doc.withCleanText("")) - 64);
            doc = doc.withCleanText(cut(doc.cleanText(), room));
            trimmed.add("cleanText");
        }
        return doc.withTrimmed(trimmed);
    }

    private static ArticleDocument capFields(ArticleDocument doc, List<String> trimmed) {
        List<String> summary = doc.summary().stream().map(s -> cut(s, MAX_FIELD_CHARS)).toList();
        List<Quote> quotes = doc.quotes().stream().map(q -> q.text().length() <= MAX_FIELD_CHARS ? q
                : new Quote(cut(q.text(), MAX_FIELD_CHARS), q.speaker(), q.cue(), q.kind(), q.anonymous(),
                        q.sentenceIndex(), q.key())).toList();
        List<Actor> actors = doc.actors().stream().map(a -> a.name().length() <= MAX_FIELD_CHARS ? a
                : new Actor(a.id(), cut(a.name(), MAX_FIELD_CHARS), a.type(), a.roles(), a.aliases(), a.mentions(),
                        a.salience())).toList();
        if (!summary.equals(doc.summary())) {
            trimmed.add("summary");
        }
        if (!quotes.equals(doc.quotes())) {
            trimmed.add("quotes");
        }
        if (!actors.equals(doc.actors())) {
            trimmed.add("actors");
        }
        ArticleDocument capped = doc.withQuotes(quotes).withActors(actors);
        return new ArticleDocument(capped.articleId(), capped.source(), capped.title(), capped.publisher(),
                capped.authors(), capped.publishedAt(), capped.language(), summary, capped.quotes(), capped.actors(),
                capped.cleanText(), capped.stats(), capped.pipelineVersion(), capped.processedAt(), capped.status(),
                capped.error(), capped.trimmed());
    }

    private static ArticleDocument trimLists(ArticleDocument doc, List<String> trimmed) {
        List<Actor> actors = new ArrayList<>(doc.actors());
        actors.sort(Comparator.comparingDouble(Actor::salience).reversed());
        List<Quote> quotes = doc.quotes();
        boolean cutActors = false;
        boolean cutQuotes = false;
        while (size(doc.withCleanText("")) + MIN_TEXT_BYTES > BUDGET_BYTES && (!actors.isEmpty() || !quotes.isEmpty())) {
            if (!actors.isEmpty()) {
                actors = new ArrayList<>(actors.subList(0, actors.size() / 2));
                cutActors = true;
            }
            if (!quotes.isEmpty()) {
                quotes = quotes.subList(0, quotes.size() / 2);
                cutQuotes = true;
            }
            doc = doc.withActors(actors).withQuotes(quotes);
        }
        if (cutQuotes && !trimmed.contains("quotes")) {
            trimmed.add("quotes");
        }
        if (cutActors && !trimmed.contains("actors")) {
            trimmed.add("actors");
        }
        return doc;
    }

    /** The longest prefix within maxBytes, ending at a paragraph, else a sentence, else a word end. */
    static String cut(String text, long maxBytes) {
        int chars = ItemSize.prefixChars(text, maxBytes);
        if (chars >= text.length()) {
            return text;
        }
        String prefix = text.substring(0, chars);
        int paragraph = prefix.lastIndexOf("\n\n");
        if (paragraph > chars / 2) {
            return prefix.substring(0, paragraph);
        }
        int sentence = Math.max(prefix.lastIndexOf(". "), Math.max(prefix.lastIndexOf("? "), prefix.lastIndexOf("! ")));
        if (sentence > chars / 2) {
            return prefix.substring(0, sentence + 1);
        }
        int space = prefix.lastIndexOf(' ');
        return space > chars / 2 ? prefix.substring(0, space) : prefix;
    }

    private static long size(ArticleDocument doc) {
        return ItemSize.of(ItemMapper.toItem(doc));
    }
}
