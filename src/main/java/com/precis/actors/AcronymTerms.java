package com.precis.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms the article shows to be of things, not of actors: spelled out in lower case beside
 * them ("personally identifiable information (PII)", "HDR (high dynamic range)"), or spelled out
 * as a law or event ("Affordable Care Act (ACA)"); numbered ("GTX 1080"); stock codes ("NVDA.O");
 * Roman numerals ("siglo XX"). One pass over the tokens, each acronym looking at a few neighbours.
 */
final class AcronymTerms {

    private static final int LONGEST = 6;

    private final Set<String> spelledAsThing = new HashSet<>();

    AcronymTerms(Tokens tokens, NameLexicon lexicon) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String letters = t.text().replace(".", "");
            if (!t.isWord() || !t.allCaps() || letters.length() < 2 || letters.length() > LONGEST) {
                continue;
            }
            int before = i >= 3 && isQuoteMark(tokens.get(i - 2)) ? i - 3 : i - 2; // "information" (PII)
            if (before >= 0 && tokens.get(i - 1).is('(') && spelledBefore(tokens, before, letters, lexicon)
                    || i + 2 < tokens.size() && tokens.get(i + 1).is('(') && spelledAfter(tokens, i + 2, letters)) {
                spelledAsThing.add(t.text());
            }
        }
    }

    /** Whether the acronym at token i names a thing rather than an actor. */
    boolean isThing(Tokens tokens, int i) {
        String w = tokens.get(i).text();
        if (spelledAsThing.contains(w) || roman(w)) {
            return true;
        }
        if (ticker(tokens, i)) {
            return true;
        }
        // "GTX 1080": a model number. (A count before is no evidence: "11 UDI" are eleven of a party's members.)
        return i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.NUMBER
                && tokens.get(i + 1).start() > tokens.get(i).end();
    }

    /** "(NVDA.O)", "(BARC.L)": a stock code with its exchange suffix is a listing, not a name. */
    private static boolean ticker(Tokens tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).is('.')) {
            return false;
        }
        Token dot = tokens.get(i + 1);
        Token exchange = tokens.get(i + 2);
        return dot.start() == tokens.get(i).end() && exchange.start() == dot.end() && exchange.isWord()
                && exchange.text().length() <= 2 && exchange.text().equals(exchange.text().toUpperCase(Locale.ROOT));
    }

    private static boolean isQuoteMark(Token t) {
        return t.is('"') || t.is('”') || t.is('’');
    }

    static boolean roman(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if ("IVXL".indexOf(w.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    // "personally identifiable information (PII)": the words before the bracket, last letter first.
    private static boolean spelledBefore(Tokens tokens, int last, String acronym, NameLexicon lexicon) {
        int need = acronym.length() - 1;
        String lastWord = tokens.get(last).text();
        String first = null;
        for (int k = last; k >= 0 && k > last - LONGEST - 3 && need >= 0; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            String[] ps = parts(t.text());
            for (int p = ps.length - 1; p >= 0; p--) {
                if (ps[p].isEmpty() || isSmall(ps[p])) {
                    continue;
                }
                if (need < 0 || Character.toUpperCase(ps[p].charAt(0)) != acronym.charAt(need)) {
                    return false;
                }
                need--;
                first = ps[p];
            }
        }
        return need < 0 && first != null && (Character.isLowerCase(first.charAt(0)) || lexicon.isThingWord(lastWord));
    }

    // "HDR (high dynamic range lighting)": the words inside the bracket, in order.
    private static boolean spelledAfter(Tokens tokens, int from, String acronym) {
        Token firstWord = tokens.get(from);
        if (!firstWord.isWord() || !Character.isLowerCase(firstWord.text().charAt(0))) {
            return false;
        }
        int have = 0;
        for (int k = from; k < tokens.size() && k < from + LONGEST + 3 && have < acronym.length(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            for (String part : parts(t.text())) {
                if (part.isEmpty() || isSmall(part) || have >= acronym.length()) {
                    continue;
                }
                if (Character.toUpperCase(part.charAt(0)) != acronym.charAt(have)) {
                    return false;
                }
                have++;
            }
        }
        return have == acronym.length();
    }

    /** A word's parts for its initials: "carbapenem-resistant" is two, "d’accès" is "accès". */
    private static String[] parts(String word) {
        String w = word;
        int apostrophe = Math.max(w.indexOf('’'), w.indexOf('\''));
        if (apostrophe > 0 && apostrophe <= 2) {
            w = w.substring(apostrophe + 1);
        }
        return w.split("-");
    }

    private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "on", "in", "to", "a", "an", "à",
            "de", "des", "du", "la", "le", "les", "et", "en", "y", "el", "los", "las", "del", "da", "do", "das", "dos", "e");

    private static boolean isSmall(String part) {
        return SMALL.contains(part.toLowerCase(Locale.ROOT));
    }
}
