package com.precis.store;

import com.precis.document.Actor;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a document fit in one DynamoDB item. What goes first is what a user loses least by:
 * the tail of cleanText (cut at a paragraph or sentence end), then the least salient actors and
 * the quotes past the first ones. Every cut is named in {@code trimmed}; stats keep the original
 * sizes, so a user can see how much was cut.
 */
public final class ItemFitter {

    /** Below DynamoDB's limit, for the margin its size rules leave open. */
    static final long BUDGET_BYTES = ItemSize.LIMIT_BYTES - 16 * 1024;
    private static final long MIN_TEXT_BYTES = 8 * 1024;

    private ItemFitter() {
    }

    public static ArticleDocument fit(ArticleDocument document) {
        if (size(document) <= BUDGET_BYTES) {
            return document;
        }
        List<String> trimmed = new ArrayList<>(document.trimmed());
        ArticleDocument doc = document;
        long withoutText = size(doc.withCleanText(""));
        if (withoutText + MIN_TEXT_BYTES > BUDGET_BYTES) {
            doc = trimLists(doc, trimmed);
            withoutText = size(doc.withCleanText(""));
        }
        if (size(doc) > BUDGET_BYTES) {
            long room = Math.max(0, BUDGET_BYTES - withoutText - 64);
            doc = doc.withCleanText(cut(doc.cleanText(), room));
            trimmed.add("cleanText");
        }
        return doc.withTrimmed(trimmed);
    }

    private static ArticleDocument trimLists(ArticleDocument doc, List<String> trimmed) {
        List<Actor> actors = new ArrayList<>(doc.actors());
        actors.sort(Comparator.comparingDouble(Actor::salience).reversed());
        List<Quote> quotes = doc.quotes();
        boolean cutActors = false;
        boolean cutQuotes = false;
        while (size(doc.withCleanText("")) + MIN_TEXT_BYTES > BUDGET_BYTES && (actors.size() > 1 || quotes.size() > 1)) {
            if (actors.size() > 1) {
                actors = new ArrayList<>(actors.subList(0, actors.size() / 2));
                cutActors = true;
            }
            if (quotes.size() > 1) {
                quotes = quotes.subList(0, quotes.size() / 2);
                cutQuotes = true;
            }
            doc = doc.withActors(actors).withQuotes(quotes);
        }
        if (cutQuotes) {
            trimmed.add("quotes");
        }
        if (cutActors) {
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
