package com.precis.clean;

/**
 * Whether a line of text is shaped like a headline: title-sized (two to thirty words), one
 * sentence at most, and how it is cased: in capitals ("SOCCER - JAPAN GET LUCKY WIN ."), in Title
 * Case ("Senator Lee Has A New Word For Her Rivals.") or in sentence case ("Council votes to close the
 * bridge"). A headline may end with a full stop; whether one that does is taken depends on where it
 * stands, which the callers judge. One pass over the characters.
 */
enum HeadlineShape {
    CAPITALS, TITLE_CASE, SENTENCE_CASE;

    static final int MAX_WORDS = 30;
    private static final int MAX_CHARS = 250;

    /** The line's case as a headline, or null when it is not headline-shaped at all. */
    static HeadlineShape of(String line) {
        String s = line.strip();
        int words = WordCount.of(s);
        if (words < 2 || words > MAX_WORDS || s.length() > MAX_CHARS || s.endsWith(":")
                || TextMetadataReader.isUrlOnly(s) || secondSentenceAt(s) >= 0) {
            return null;
        }
        if (isCapitals(s)) {
            return CAPITALS;
        }
        if (words < 3) {
            return null;
        }
        return LineClassifier.isTitleCase(s) ? TITLE_CASE : SENTENCE_CASE;
    }

    /** Ends with a full stop (not a question or exclamation mark, which headlines often have). */
    static boolean endsWithFullStop(String line) {
        char last = TextDumpCleaner.lastBeforeClosers(line);
        return last == '.' || last == '。';
    }

    /** Most letters are capitals, and there are a few: "TENNIS - RESULTS FROM THE OPEN .". */
    static boolean isCapitals(String s) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper * 10 >= letters * 9;
    }

    /**
     * Where a second sentence starts, or -1: a full stop, question or exclamation mark after a word
     * of three letters or more with a small letter in it ("… rivals. The …", not "U.S. Senate",
     * "Mr. Lee" or "P. Simmons"), followed by a space and a capital.
     */
    static int secondSentenceAt(String s) {
        int wordStart = 0;
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                wordStart = i + 1;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))
                    && i - wordStart >= 3 && hasLowerCase(s, wordStart, i)) {
                return i + 2;
            }
        }
        return -1;
    }

    private static boolean hasLowerCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
