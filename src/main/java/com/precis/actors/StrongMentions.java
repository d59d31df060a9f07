package com.precis.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a text in a language the tagger has no model for. A capital letter says little there
 * (German writes every noun with one: "Zahl der Zusatzfelder", "Datenbank"), so only names the
 * gazetteers know and names strong evidence shows are kept: a known given name opening it, a title
 * or honorific before the name,
 * an organisation or state-body word inside it, or a cue verb after it ("…, dijo Pérez").
 */
final class StrongMentions {

    private StrongMentions() {
    }

    static List<Mention> keep(List<Mention> rules, Tokens tokens, NameLexicon lexicon) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : rules) {
            boolean givenName = m.tokenCount() >= 2 && lexicon.givenName(tokens.get(m.firstToken).text()) != null;
            if (m.entry != null || m.role != null || m.honorific || givenName || keyword(m, tokens, lexicon)
                    || cueAfter(m, tokens, lexicon)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean keyword(Mention m, Tokens tokens, NameLexicon lexicon) {
        if (m.tokenCount() < 2) {
            return false;
        }
        for (int k = m.firstToken; k < m.endToken; k++) {
            String w = tokens.get(k).text();
            if (lexicon.isOrgSuffix(w) || lexicon.isGovernmentWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueAfter(Mention m, Tokens tokens, NameLexicon lexicon) {
        int k = m.endToken;
        if (k < tokens.size() && tokens.get(k).is(',')) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isWord() && lexicon.in("cue-after-name", tokens.get(k).text())
                || m.firstToken > 0 && tokens.get(m.firstToken - 1).isWord()
                && lexicon.in("cue-after-name", tokens.get(m.firstToken - 1).text());
    }
}
