package com.precis.clean;

/** One non-empty line of a text dump, with how the cleaner judged it; comments marks a barrier that heads comments. */
record TextLine(int index, String text, int words, LineClass kind, boolean comments) {

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
