package com.precis.clean;

/**
 * Counts words the same way for every script: a run of letters or digits is a word, and in scripts
 * written without spaces (Chinese, Japanese, Thai) every two characters count as one word, about
 * the length of a word there.
 */
final class WordCount {

    private WordCount() {
    }

    static int of(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isUnspaced(c)) {
                unspaced++;
                inWord = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words + (unspaced + 1) / 2;
    }

    static boolean isUnspaced(char c) {
        // Thai is U+0E00-0E7F and Han, kana and their radicals start at U+2E80: the punctuation in
        // between (curly quotes, dashes) is common and needs no script lookup.
        if (c < 0x0E00 || c >= 0x0E80 && c < 0x2E80) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
