package com.precis.actors;

import com.precis.document.ActorType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Roles given beside a name: "Howard Lutnick, the United States Commerce Secretary," and "The
 * NDRC, the state planner leading the drive…". The role runs from after the comma to the next
 * comma, full stop, relative pronoun or -ing verb, and must contain a role word. Country names in
 * roles are written in their short form ("US Commerce Secretary") so that roles compare.
 */
final class AppositiveRoles {

    private static final Set<String> LEADING = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "then",
            "now", "also", "currently", "formerly", "former");
    private static final Set<String> STOPS = Set.of("who", "which", "that", "whose", "whom", "and", "but", "said", "says", "told", "has", "had", "have", "is", "was", "will", "would", "qui", "que", "quien", "on");
    private static final int MAX_ROLE_WORDS = 8;

    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;

    AppositiveRoles(NameLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    void find(List<ActorDraft> drafts, Tokens tokens) {
        for (ActorDraft d : drafts) {
            if (d.type == ActorType.LOCATION) {
                continue;
            }
            for (Mention m : d.mentions) {
                String role = after(tokens, m.endToken);
                if (role != null) {
                    d.roles.add(role);
                }
            }
            if (!d.roles.isEmpty()) {
                java.util.LinkedHashSet<String> normal = new java.util.LinkedHashSet<>();
                for (String r : d.roles) {
                    normal.add(normalise(r));
                }
                d.roles.clear();
                d.roles.addAll(normal);
            }
        }
    }

    private String after(Tokens tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).is(',')) {
            return null;
        }
        int a = k + 1;
        int n = tokens.size();
        boolean determiner = false;
        while (a < n && tokens.get(a).isWord() && LEADING.contains(tokens.get(a).text().toLowerCase(Locale.ROOT))) {
            determiner = true;
            a++;
        }
        int b = a;
        boolean head = false;
        while (b < n && b - a < MAX_ROLE_WORDS) {
            Token t = tokens.get(b);
            if (!t.isWord() && !(t.kind() == Token.Kind.POSSESSIVE) && !t.is('-')) {
                break;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (STOPS.contains(w) || w.endsWith("ing") && w.length() > 5 && !t.capitalised()) {
                break;
            }
            if (lexicon.isRoleHead(w)) {
                head = true;
            }
            b++;
        }
        if (!head || b == a || b - a >= MAX_ROLE_WORDS) {
            return null;
        }
        // "Smith, Jones and Brown": a list of names is no role; a role starts lower case or with a determiner.
        if (!determiner && tokens.get(a).capitalised() && !lexicon.isRoleHead(tokens.get(a).text())
                && gazetteer.find(tokens.get(a).text()) == null) {
            return null;
        }
        // The role ends with its head word or an "of X" phrase after it.
        int end = b;
        while (end > a && !lexicon.isRoleHead(tokens.get(end - 1).text()) && !tokens.get(end - 1).capitalised()) {
            end--;
        }
        return end > a ? MentionScanner.span(tokens, a, end) : null;
    }

    /** "United States Commerce Secretary" → "US Commerce Secretary". */
    String normalise(String role) {
        String[] words = role.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; ) {
            int taken = 0;
            for (int len = Math.min(4, words.length - i); len >= 2 && taken == 0; len--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
                GazetteerEntry e = gazetteer.find(phrase);
                if (e != null && e.isCountry()) {
                    append(out, e.shortName());
                    taken = len;
                }
            }
            if (taken == 0) {
                GazetteerEntry e = gazetteer.find(words[i]);
                append(out, e != null && e.isCountry() ? e.shortName() : words[i]);
                taken = 1;
            }
            i += taken;
        }
        String s = out.toString();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static void append(StringBuilder out, String w) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(w);
    }
}
