package com.precis.quotes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The recent quotes that have a speaker, so that a quote repeating one of them (a pull quote, a
 * tweet shown again in its own paragraph: “We are all concerned …”) takes the speaker of the
 * first. Only the last {@link #KEPT} quotes, each cut to {@link #MAX_CHARS}, are kept and compared,
 * so a lookup costs a bounded amount whatever the article's length.
 */
final class QuoteEchoes {

    static final int KEPT = 24;
    static final int MAX_CHARS = 3_000;
    /** A repeat must be long enough that the match is not a common phrase. */
    private static final int MIN_WORDS = 4;

    private record Said(String words, Attribution speaker) {
    }

    private final Deque<Said> recent = new ArrayDeque<>();

    void remember(String quote, Attribution speaker) {
        String w = normal(quote, MAX_CHARS);
        if (w.isEmpty()) {
            return;
        }
        recent.addLast(new Said(w, speaker));
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
    }

    /** The speaker of the latest earlier quote that contains all of {@code quote}'s words in order, or null. */
    Attribution speakerOf(String quote) {
        if (QuoteExtractor.wordCount(quote) < MIN_WORDS || quote.length() > MAX_CHARS) {
            return null;
        }
        String w = normal(quote, MAX_CHARS);
        var it = recent.descendingIterator();
        while (it.hasNext()) {
            Said s = it.next();
            if (s.words().length() > w.length() && s.words().contains(w)) {
                return s.speaker().withAdjacent(false);
            }
        }
        return null;
    }

    /** Lower-case words separated by single spaces: punctuation and ellipses do not count. */
    private static String normal(String text, int max) {
        StringBuilder b = new StringBuilder();
        int n = Math.min(text.length(), max);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '’' && c != '\'') {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
