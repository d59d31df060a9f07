package com.precis.ner;

/**
 * Word shapes: each character as its class (X upper, x lower, d digit, the mark itself otherwise),
 * runs of one class cut to two ("Obama" → "Xxx", "U.S." → "X.X.") or, for the short shape, to one
 * ("Xx", "X.X."). Only the first and last 24 characters are read, so a huge token costs no more.
 */
final class Shapes {

    private static final int EDGE = 24;

    private Shapes() {
    }

    static long shape(String w, int maxRun) {
        long h = 0xCBF29CE484222325L;
        char last = 0;
        int run = 0;
        int n = w.length();
        for (int i = 0; i < n; i++) {
            if (i == EDGE && n > 2 * EDGE) {
                i = n - EDGE;
                h = h * 31 + '~';
            }
            char c = charClass(w.charAt(i));
            run = c == last ? run + 1 : 1;
            last = c;
            if (run <= maxRun) {
                h = (h ^ c) * 0x100000001B3L;
            }
        }
        return Hashing.mix64(h);
    }

    private static char charClass(char c) {
        if (Character.isUpperCase(c)) {
            return 'X';
        }
        if (Character.isLowerCase(c) || Character.isLetter(c)) {
            return 'x';
        }
        if (Character.isDigit(c)) {
            return 'd';
        }
        return c;
    }

    /** The shape as text, for tests and for reading features. */
    static String describe(String w, int maxRun) {
        StringBuilder s = new StringBuilder();
        char last = 0;
        int run = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = charClass(w.charAt(i));
            run = c == last ? run + 1 : 1;
            last = c;
            if (run <= maxRun) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
