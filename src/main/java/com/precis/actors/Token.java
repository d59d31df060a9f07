package com.precis.actors;

/**
 * One token of the clean text: a word (letters, possibly with digits, inner hyphens, apostrophes
 * and the dots of "U.S."), a number, a possessive ending ("’s"), or a single punctuation mark.
 */
public record Token(int index, String text, int start, int end, Kind kind) {

    public enum Kind { WORD, NUMBER, POSSESSIVE, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with an upper-case letter: "Lutnick", "NDRC", "McDonald". */
    public boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all upper case: "NDRC", "CNBC", "U.S.". */
    public boolean allCaps() {
        return kind == Kind.WORD && allCaps(text);
    }

    /** Two or more letters, all upper case, whatever else is between them: "NDRC", "MARIA LOPEZ". */
    public static boolean allCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean is(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }
}
