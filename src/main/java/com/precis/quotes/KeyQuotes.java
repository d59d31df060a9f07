package com.precis.quotes;

import com.precis.document.QuoteKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the key quotes: the few best direct quotes with a speaker, ranked by the speaker's
 * salience, the quote's length (a sentence or two beats a fragment or a speech) and novelty (a
 * quote repeating a chosen one adds nothing).
 */
final class KeyQuotes {

    static final int MAX_KEY = 5;
    static final int MIN_WORDS = 6;

    record Candidate(int index, String text, QuoteKind kind, boolean hasSpeaker, boolean anonymous, double salience) {
    }

    private KeyQuotes() {
    }

    /** Indexes of the key quotes among the candidates. */
    static Set<Integer> choose(List<Candidate> quotes) {
        List<Candidate> pool = new ArrayList<>();
        for (Candidate c : quotes) {
            if (c.kind() == QuoteKind.DIRECT && c.hasSpeaker() && words(c.text()).size() >= MIN_WORDS) {
                pool.add(c);
            }
        }
        int want = Math.min(pool.size(), Math.max(3, Math.min(MAX_KEY, quotes.size() / 4)));
        Set<Integer> chosen = new HashSet<>();
        List<Set<String>> chosenWords = new ArrayList<>();
        while (chosen.size() < want) {
            Candidate best = null;
            double bestScore = -1;
            for (Candidate c : pool) {
                if (chosen.contains(c.index())) {
                    continue;
                }
                Set<String> w = words(c.text());
                double overlap = 0;
                for (Set<String> other : chosenWords) {
                    overlap = Math.max(overlap, jaccard(w, other));
                }
                double score = 0.45 * c.salience() + 0.35 * lengthScore(w.size()) + 0.2 * (1 - overlap)
                        - (c.anonymous() ? 0.1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best.index());
            chosenWords.add(words(best.text()));
        }
        return chosen;
    }

    private static double lengthScore(int words) {
        if (words < 8) {
            return words / 8.0;
        }
        if (words <= 45) {
            return 1;
        }
        return Math.max(0.4, 1 - (words - 45) / 100.0);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
