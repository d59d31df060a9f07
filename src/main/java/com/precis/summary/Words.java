package com.precis.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The lower-cased words of a sentence, possessives folded ("Nvidia’s" is "nvidia") and regular
 * inflections stripped ("asked", "asking", "asks" are all "ask"; "chips" is "chip"), so that
 * sentences and headings that say the same thing in other forms share their words.
 */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            boolean apostrophe = (c == '\'' || c == '’') && w.length() > 0;
            if (w.length() > 0) {
                words.add(stem(w.toString())); // already lower-cased, character by character
                w.setLength(0);
            }
            if (apostrophe) {
                // skip the possessive "s" (or "t" of contractions) that follows
                while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return words;
    }

    /** A light suffix stripper: enough to join inflected forms, never so much that words collide often. */
    static String stem(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ied")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
