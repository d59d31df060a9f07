package com.precis.quotes;

import com.precis.text.ArticleText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in one left-to-right pass per paragraph, for every quotation-mark style:
 * “…” and "…" (English), ‘…’ and '…' (single, told apart from apostrophes by what stands around
 * them), «…» (French, with its inner spaces), „…“ (German, Czech). Marks of another style inside a
 * quote are nested quotes and stay part of it. A quote still open at the end of a paragraph runs
 * on when the next paragraph opens with the same mark (the convention for multi-paragraph
 * quotes); otherwise an unclosed mark is dropped.
 */
public final class QuoteScanner {

    private static final int MAX_SINGLE_QUOTE_CHARS = 400;
    /**
     * How far a closing mark is looked for: past any real paragraph, so a stray opening mark in a
     * page-long block of junk costs a bounded search instead of one to the end of the block.
     */
    static final int MAX_QUOTE_CHARS = 10_000;

    public List<QuotedSpan> scan(ArticleText text) {
        String s = text.text();
        List<QuotedSpan> out = new ArrayList<>();
        int blocks = text.blocks().size();
        char carried = 0;
        for (int b = 0; b < blocks; b++) {
            int start = text.blockStart(b);
            int end = start + text.blocks().get(b).text().length();
            carried = scanBlock(s, start, end, carried, out, b + 1 < blocks ? text.blockStart(b + 1) : -1);
        }
        return out;
    }

    /** Scans one paragraph; returns the mark of a quote that runs on into the next paragraph, or 0. */
    private char scanBlock(String s, int start, int end, char carried, List<QuotedSpan> out, int nextBlock) {
        int i = start;
        boolean continued = false;
        if (carried != 0) {
            int first = skipSpace(s, start, end);
            if (first < end && s.charAt(first) == carried) {
                continued = true;
            }
        }
        while (i < end) {
            char c = s.charAt(i);
            char closer = closerFor(s, i, start, end);
            if (closer == 0) {
                i++;
                continue;
            }
            int open = i;
            int close = findClose(s, open, end, c, closer);
            if (close < 0) {
                // Runs on when the next paragraph opens with the same mark.
                boolean runsOn = nextBlock >= 0 && isDouble(c) && nextBlock < s.length()
                        && s.charAt(skipSpace(s, nextBlock, s.length())) == c;
                if (runsOn) {
                    add(out, s, open, -1, end, c, continued && open == skipSpace(s, start, end));
                    return c;
                }
                i = open + 1;
                continue;
            }
            add(out, s, open, close, close, c, continued && open == skipSpace(s, start, end));
            i = close + 1;
        }
        return 0;
    }

    private static void add(List<QuotedSpan> out, String s, int open, int close, int innerEnd, char mark, boolean continued) {
        int a = open + 1;
        int e = innerEnd;
        while (a < e && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (e > a && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (e > a) {
            out.add(new QuotedSpan(open, close, a, e, mark, continued));
        }
    }

    /** The closing mark expected when the character at i opens a quote, or 0 when it does not. */
    static char closerFor(String s, int i, int blockStart, int blockEnd) {
        char c = s.charAt(i);
        char prev = i > blockStart ? s.charAt(i - 1) : ' ';
        char next = i + 1 < blockEnd ? s.charAt(i + 1) : ' ';
        switch (c) {
            case '“':
                return '”';
            case '„':
                return '“';
            case '«':
                return '»';
            case '‹':
                return '›';
            case '「':
                return '」';
            case '"':
                return opensHere(prev, next) && !Character.isDigit(prev) ? '"' : 0;
            case '‘':
                return !Character.isLetterOrDigit(prev) && !Character.isWhitespace(next) ? '’' : 0;
            case '\'':
                return opensHere(prev, next) && Character.isLetter(next) ? '\'' : 0;
            default:
                return 0;
        }
    }

    private static boolean opensHere(char prev, char next) {
        return (Character.isWhitespace(prev) || "([{—–-/:;,“‘«„".indexOf(prev) >= 0)
                && !Character.isWhitespace(next) && next != '.' && next != ',';
    }

    private static int findClose(String s, int open, int end, char openMark, char closer) {
        boolean single = openMark == '‘' || openMark == '\'';
        int limit = Math.min(end, open + (single ? MAX_SINGLE_QUOTE_CHARS : MAX_QUOTE_CHARS));
        for (int k = open + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (c == closer && closes(s, k, end, openMark)) {
                return k;
            }
            // „…” is common too: a German/Czech quote may close with the English mark.
            if (openMark == '„' && c == '”') {
                return k;
            }
        }
        return -1;
    }

    private static boolean closes(String s, int k, int end, char openMark) {
        char prev = s.charAt(k - 1);
        char next = k + 1 < end ? s.charAt(k + 1) : ' ';
        switch (openMark) {
            case '"':
                return !Character.isWhitespace(prev) || !Character.isLetterOrDigit(next);
            case '‘':
            case '\'':
                // An apostrophe inside a word ("don’t") or before an s ("the parents’ car") is no closing mark.
                return !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
            default:
                return true;
        }
    }

    private static boolean isDouble(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    private static int skipSpace(String s, int i, int end) {
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
