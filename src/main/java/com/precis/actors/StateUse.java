package com.precis.actors;

import java.util.Set;

/**
 * Tells when a country or a capital acts as a state rather than a place: it is the subject of a
 * verb ("Beijing has moved", "Washington initially put a ban") and not the object of a place
 * preposition ("in Beijing", "from Washington").
 */
final class StateUse {

    private static final Set<String> PLACE_WORDS_BEFORE = Set.of("in", "at", "from", "to", "near", "into", "across", "outside", "around", "throughout", "within", "via", "through", "toward", "towards", "of", "between", "over", "the", "a", "visit", "visited", "visiting", "en", "à", "au", "aux", "de", "na", "em", "v", "ve", "do", "z", "by", "for", "on", "inside", "beyond");
    private static final Set<String> VERBS = Set.of("has", "have", "had", "is", "was", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "did", "does", "said", "says", "told", "wants", "plans", "hopes", "put", "made", "took", "gave", "sent", "set", "cut", "kept", "began", "became", "won", "held", "struck", "sought", "brought", "led", "met", "paid", "insists", "argues", "accuses", "denies", "warns", "threatens", "claims", "seeks", "needs", "continues", "refuses", "maintains", "urges", "rejects", "considers", "sees", "remains", "responds", "retaliates", "imposes", "bans", "blames", "calls", "ordered", "a", "est", "ha", "tem", "quer",
            // a country that plays a match is its national team: "England beat Australia", "France drew"
            "beat", "beats", "drew", "lost", "loses", "thrashed", "routed", "edged", "trounced", "play", "plays");
    private static final Set<String> ADVERBS = Set.of("also", "still", "now", "then", "already", "again", "too",
            "reportedly", "has", "had", "have", "never", "not", "long");

    private StateUse() {
    }

    static boolean actsAsState(Tokens tokens, Mention m) {
        if (m.firstToken > 0) {
            Token before = tokens.get(m.firstToken - 1);
            if (before.isWord() && PLACE_WORDS_BEFORE.contains(before.text().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (before.capitalised() && !m.sentenceInitial && !isSentenceAdverb(before.text())) {
                return false; // part of a longer name
            }
        }
        int k = m.endToken;
        for (int skipped = 0; k < tokens.size() && skipped < 3; skipped++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !(t.text().endsWith("ly") || ADVERBS.contains(t.text()))) {
                break;
            }
            if (ADVERBS.contains(t.text()) && VERBS.contains(t.text()) && k + 1 < tokens.size()) {
                return true; // "Beijing has moved"
            }
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        if (!next.isWord() || next.capitalised()) {
            return false;
        }
        String w = next.text();
        return VERBS.contains(w) || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed");
    }

    private static boolean isSentenceAdverb(String w) {
        return w.equals("Still") || w.equals("But") || w.equals("And") || w.equals("Yet") || w.equals("Now")
                || w.equals("Meanwhile") || w.equals("However");
    }
}
