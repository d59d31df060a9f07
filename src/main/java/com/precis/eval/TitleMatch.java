package com.precis.eval;

import com.precis.text.Whitespace;
import java.text.Normalizer;
import java.util.Locale;

/** Titles are equal when they are after whitespace, case, quote-style and dash-style normalisation. */
public final class TitleMatch {

    private TitleMatch() {
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
        return Whitespace.collapse(n);
    }
}
