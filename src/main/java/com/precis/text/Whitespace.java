package com.precis.text;

/**
 * Whitespace as a reader sees it: every run of spaces, tabs, line breaks and no-break or narrow
 * spaces is one space, none at the ends, and the invisible joiners and zero-width spaces that
 * pages scatter inside words are dropped. One definition, so the HTML cleaner, the text-dump
 * cleaner and the evaluations compare the same text.
 */
public final class Whitespace {

    private Whitespace() {
    }

    public static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = out.length() > 0;
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D' || c == '\u2060') {
                continue;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
