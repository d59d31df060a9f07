package com.precis.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The recent quotes that have a speaker, so that a quote repeating one of them (a pull quote, a
 * tweet shown again in its own paragraph: “We are all concerned …”) takes the speaker of the
 * first. A quote repeats another when every run of three words in it is also in the other. Only the
 * last {@link #KEPT} quotes, each cut to {@link #MAX_CHARS}, are kept, and a lookup costs a hash
 * probe per run per kept quote, so the cost per quote is bounded whatever the article's length.
 */
final class QuoteEchoes {

    static final int KEPT = 16;
    static final int MAX_CHARS = 2_000;
    /** A repeat must be long enough that the match is not a common phrase. */
    private static final int MIN_WORDS = 4;
    private static final int RUN = 3;

    private record Said(Set<String> runs, Attribution speaker) {
    }

    private final Deque<Said> recent = new ArrayDeque<>();

    void remember(String quote, Attribution speaker) {
        Set<String> runs = new HashSet<>(runs(words(quote)));
        if (runs.isEmpty()) {
            return;
        }
        recent.addLast(new Said(runs, speaker));
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
    }

    /** The speaker of the latest earlier quote that holds every three-word run of {@code quote}, or null. */
    Attribution speakerOf(String quote) {
        List<String> words = words(quote);
        if (words.size() < MIN_WORDS || quote.length() > MAX_CHARS) {
            return null;
        }
        List<String> runs = runs(words);
        var it = recent.descendingIterator();
        while (it.hasNext()) {
            Said s = it.next();
            if (s.runs().size() >= runs.size() && s.runs().containsAll(runs)) {
                return s.speaker().withAdjacent(false);
            }
        }
        return null;
    }

    private static List<String> runs(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return out;
    }

    /** Lower-case words of the first MAX_CHARS characters: punctuation and ellipses do not count. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int n = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (c != '’' && c != '\'' && b.length() > 0) {
                out.add(b.toString().toLowerCase(Locale.ROOT));
                b.setLength(0);
            }
        }
        return out;
    }
}
