package com.precis.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the article itself says about its words: which occur in lower case somewhere (so a
 * capitalised "Regulators" at a sentence start is a common word) and which occur capitalised
 * inside a sentence (so "Nvidia" at a sentence start is still a name).
 */
final class DocumentWords {

    private final Set<String> lowerCase = new HashSet<>();
    private final Set<String> capitalisedInside = new HashSet<>();
    private final boolean[] initial;
    private final AcronymTerms acronyms;

    DocumentWords(Tokens tokens, boolean[] initial, NameLexicon lexicon) {
        this.initial = initial;
        this.acronyms = new AcronymTerms(tokens, lexicon);
        for (Token t : tokens.all()) {
            if (!t.isWord()) {
                continue;
            }
            char c = t.text().charAt(0);
            if (Character.isLowerCase(c)) {
                lowerCase.add(t.text());
            } else if (Character.isUpperCase(c) && !initial[t.index()]) {
                capitalisedInside.add(t.text());
            }
        }
    }

    boolean seenLowerCase(String word) {
        return lowerCase.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean seenCapitalisedInside(String word) {
        return capitalisedInside.contains(word);
    }

    /** The token starts a sentence, a heading word, or follows an opening quote or a colon. */
    boolean initial(int token) {
        return initial[token];
    }

    /** The acronym at this token names a thing ("PII", "30 FPS"), not an actor. */
    boolean acronymOfThing(Tokens tokens, int token) {
        return acronyms.isThing(tokens, token);
    }
}
