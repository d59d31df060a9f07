package com.precis.clean;

/**
 * One non-empty line of a text dump, with how the cleaner judged it; comments marks a barrier that
 * heads comments; row marks a line that is noise by its shape alone (numbers, a date, a repeat), so
 * it may still be a row of a table or a list of results the article holds.
 */
record TextLine(int index, String text, int words, LineClass kind, boolean comments, boolean row) {

    TextLine(int index, String text, int words, LineClass kind, boolean comments) {
        this(index, text, words, kind, comments, false);
    }

    /** A line that may be a row of a list or table in the article: a short line, or noise by shape only. */
    boolean mayBeRow() {
        return kind == LineClass.SHORT || kind == LineClass.SENTENCE || kind == LineClass.NOISE && row;
    }

    enum LineClass {
        /** Prose in the article's language: a body paragraph. */
        PROSE,
        /** A short line that is a sentence of the article's language: "He declined to comment." */
        SENTENCE,
        /** Too short to judge alone: a heading or a short sentence inside the body, a menu item outside it. */
        SHORT,
        /** Boilerplate: tickers, share bars, ads, disclaimers, credits, lines in another language. */
        NOISE,
        /** A line the metadata was read from: title, byline, date, source. */
        META,
        /** The start of a "related articles" or comments tail: the body never crosses it. */
        BARRIER
    }
}
