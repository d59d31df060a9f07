package com.precis.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The conventions of the measures for comparing names: lower case, no accents, no "the", no
 * punctuation; a surname alone matches the full name; speakers compare by last name or head word.
 */
public final class NameMatch {

    private static final Set<String> HEAD_STOPS = Set.of("close", "familiar", "with", "to", "of", "from", "in", "at",
            "who", "briefed", "knowledgeable", "involved", "for", "on", "that", "which", "de", "del", "da", "do");

    private NameMatch() {
    }

    public static String normal(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
        s = s.replaceAll("[^\\p{L}\\p{N}']+", " ").replace("'s ", "s ").replace("'", "").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** All normalised forms of an actor: its name and aliases. */
    public static Set<String> forms(String name, List<String> aliases) {
        Set<String> out = new LinkedHashSet<>();
        if (name != null && !normal(name).isEmpty()) {
            out.add(normal(name));
        }
        for (String a : aliases) {
            if (!normal(a).isEmpty()) {
                out.add(normal(a));
            }
        }
        return out;
    }

    /** Two actors are the same when a form is equal, or one is a single word that ends the other (a surname). */
    public static boolean sameActor(Set<String> a, Set<String> b, boolean surnameRule) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return true;
                }
                if (surnameRule && (endsWithWord(x, y) || endsWithWord(y, x))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithWord(String full, String single) {
        return single.indexOf(' ') < 0 && full.endsWith(" " + single);
    }

    /** The last name of a person, or the head word of a description ("a person close to…" → "person"). */
    public static String head(String speaker) {
        String n = normal(speaker);
        if (n.isEmpty()) {
            return "";
        }
        String[] words = n.split(" ");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!kept.isEmpty() && HEAD_STOPS.contains(w)) {
                break;
            }
            kept.add(w);
        }
        String h = kept.get(kept.size() - 1);
        return h.length() > 3 && h.endsWith("s") && !h.endsWith("ss") ? h.substring(0, h.length() - 1) : h;
    }

    /** Words of a quote, for the token-set Jaccard measure. */
    public static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : normal(text).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public static int wordCount(String text) {
        int n = 0;
        for (String w : normal(text).split(" ")) {
            if (!w.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
