package com.precis.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lower-cased words of a sentence, possessives folded ("Nvidia’s" is "nvidia"). */
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
                words.add(w.toString().toLowerCase(Locale.ROOT));
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
}
