package com.precis.clean;

/** One non-empty line of a text dump, with how the cleaner judged it. */
record TextLine(int index, String text, int words, LineClass kind) {

    enum LineClass {
        /** Prose in the article's language: a body paragraph. */
        PROSE,
        /** Too short to judge alone: a heading inside the body, or a menu item outside it. */
        SHORT,
        /** Boilerplate: tickers, share bars, ads, disclaimers, metadata lines. */
        NOISE,
        /** The start of a "related articles" or comments tail: the body never crosses it. */
        BARRIER
    }

    TextLine as(LineClass newKind) {
        return new TextLine(index, text, words, newKind);
    }
}
