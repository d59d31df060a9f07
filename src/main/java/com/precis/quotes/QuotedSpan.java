package com.precis.quotes;

/**
 * Words between quotation marks. {@code open} is the offset of the opening mark and {@code close}
 * of the closing one (-1 when the quote runs on into the next paragraph, which opens with a mark
 * again); {@code textStart}/{@code textEnd} delimit the words inside, trimmed of spaces.
 * {@code continued} marks the later paragraphs of a quote spanning several.
 */
public record QuotedSpan(int open, int close, int textStart, int textEnd, char mark, boolean continued) {

    /** Where the quote ends in the text: after its closing mark, or at its paragraph's end. */
    public int after() {
        return close >= 0 ? close + 1 : textEnd;
    }
}
