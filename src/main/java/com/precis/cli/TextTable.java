package com.precis.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns two spaces apart, a rule under the headers, and
 * cells wrapped at word boundaries inside their column. One column (the widest content, such as a
 * quote) takes the width the others leave. Control characters and bidi controls from articles
 * are shown as spaces, so no article can move the cursor or reorder the terminal's text.
 */
final class TextTable {

    private static final int GAP = 2;
    private static final int MIN_FLEXIBLE = 20;

    private final List<String> headers;
    private final int[] maxWidths;
    private final int flexible;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param maxWidths the widest each column may be; the column whose entry is 0 is the flexible one
     */
    TextTable(List<String> headers, int... maxWidths) {
        this.headers = headers;
        this.maxWidths = maxWidths;
        int f = -1;
        for (int i = 0; i < maxWidths.length; i++) {
            if (maxWidths[i] == 0) {
                f = i;
            }
        }
        this.flexible = f;
    }

    void add(List<String> cells) {
        List<String> clean = new ArrayList<>();
        for (String cell : cells) {
            clean.add(printable(cell));
        }
        rows.add(clean);
    }

    String render(int totalWidth) {
        int columns = headers.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            int natural = headers.get(c).length();
            for (List<String> row : rows) {
                natural = Math.max(natural, row.get(c).length());
            }
            widths[c] = c == flexible ? natural : Math.min(natural, maxWidths[c]);
        }
        if (flexible >= 0) {
            int others = 0;
            for (int c = 0; c < columns; c++) {
                others += c == flexible ? 0 : widths[c] + GAP;
            }
            widths[flexible] = Math.max(MIN_FLEXIBLE, Math.min(widths[flexible], totalWidth - others));
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        line(out, rules, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = wrap(cells.get(c), widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int l = 0; l < height; l++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String part = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
                text.append(part);
                if (c < cells.size() - 1) {
                    text.append(" ".repeat(widths[c] - part.length() + GAP));
                }
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }

    /** Lines of at most {@code width} characters, broken at spaces where there is one. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = width;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** One line of text with control, format and bidi characters turned into single spaces. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int type = Character.getType(ch);
            boolean blank = Character.isWhitespace(ch) || type == Character.CONTROL || isBidiControl(ch)
                    || ch == '\u2028' || ch == '\u2029';
            if (blank) {
                if (!space && out.length() > 0) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(ch);
                space = false;
            }
        }
        return out.toString().strip();
    }

    private static boolean isBidiControl(char ch) {
        return ch == '\u200E' || ch == '\u200F' || ch == '\u061C' || (ch >= '\u202A' && ch <= '\u202E')
                || (ch >= '\u2066' && ch <= '\u2069');
    }
}
