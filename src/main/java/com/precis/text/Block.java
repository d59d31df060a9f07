package com.precis.text;

/** One block of an article body: a paragraph, list item, table row or a heading. */
public record Block(String text, boolean heading) {

    public static Block paragraph(String text) {
        return new Block(text, false);
    }

    public static Block heading(String text) {
        return new Block(text, true);
    }
}
