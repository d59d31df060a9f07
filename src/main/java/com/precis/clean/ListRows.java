package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import java.util.List;

/**
 * Which short lines of a text dump are rows of a list or a table the article holds (results,
 * standings, a list of names or of steps), rather than the links, captions and menus that short
 * lines around an article usually are. The evidence is where the lines stand, never what they are
 * about: every short line between the head and the end of a story that opens with its own head
 * (a plain-text article or wire copy has nothing else in it); the lines after a line of the body
 * that ends with a colon ("Results on Friday:"), up to the next paragraph or the first line of noise; and the lines that
 * carry the same list mark ("+ ", "• ", "3. ") as a line of the body, the whole list, even where it
 * runs past the body's ends. Lines classed as boilerplate by their words, barriers and metadata
 * are never rows.
 */
final class ListRows {

    /** A list longer than this after a colon is more likely a page's index than the article's list. */
    static final int MAX_INTRODUCED_ROWS = 150;

    private ListRows() {
    }

    /** Every line of a plain-text article's story that may be a row is one: the story has nothing else in it. */
    static void markStory(List<TextLine> lines, int[] body, boolean[] rows) {
        for (int i = body[0]; i <= body[1]; i++) {
            rows[i] |= lines.get(i).mayBeRow();
        }
    }

    /**
     * Marks rows[i] for the rows of the lists that lines [first, last] of the body announce or
     * belong to, and returns that range widened over the lists that run past its ends.
     */
    static int[] extend(List<TextLine> lines, int first, int last, boolean[] rows) {
        int from = first;
        int to = last;
        // a line of the body, or the short line right after it ("The winners are:"), may announce a list
        for (int i = first; i <= last + 1 && i < lines.size(); i++) {
            if (introducesList(lines.get(i))) {
                int j = i + 1;
                while (j < lines.size() && j - i <= MAX_INTRODUCED_ROWS && isPlainRow(lines.get(j))) {
                    rows[j++] = true;
                }
                if (j > i + 1) {
                    to = Math.max(to, j - 1); // a colon with no row after it announces nothing
                }
            }
        }
        for (int i = first; i <= last; i++) {
            String mark = listMark(lines.get(i).text());
            if (mark == null || i > first && mark.equals(listMark(lines.get(i - 1).text()))) {
                continue; // not a list item, or one whose list was followed from its first item here
            }
            int up = i;
            while (up - 1 >= 0 && isItem(lines.get(up - 1), mark)) {
                up--;
            }
            int down = i;
            while (down + 1 < lines.size() && isItem(lines.get(down + 1), mark)) {
                down++;
            }
            for (int k = up; k <= down; k++) {
                rows[k] |= lines.get(k).mayBeRow();
            }
            from = Math.min(from, up);
            to = Math.max(to, down);
        }
        return new int[] {from, to};
    }

    /** A short line or sentence: after a colon, a list goes on through these and stops at the first noise. */
    private static boolean isPlainRow(TextLine line) {
        return line.kind() == LineClass.SHORT || line.kind() == LineClass.SENTENCE;
    }

    private static boolean introducesList(TextLine line) {
        return (line.kind() == LineClass.PROSE || line.kind() == LineClass.SHORT) && line.text().endsWith(":");
    }

    private static boolean isItem(TextLine line, String mark) {
        return (line.mayBeRow() || line.kind() == LineClass.PROSE) && mark.equals(listMark(line.text()));
    }

    /**
     * The mark a list item opens with, as a key shared by the items of one list: the bullet ("•",
     * "+", "*", "-"…), "#." for a number with a full stop or bracket ("3.", "12)"), or null.
     */
    static String listMark(String text) {
        if (text.length() < 3) {
            return null;
        }
        char c = text.charAt(0);
        if ("•·*+-–—▪►●○◦■□✓✔".indexOf(c) >= 0 && text.charAt(1) == ' ') {
            return String.valueOf(c);
        }
        int digits = 0;
        while (digits < text.length() && digits < 4 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < 4 && digits + 1 < text.length()
                && (text.charAt(digits) == '.' || text.charAt(digits) == ')') && text.charAt(digits + 1) == ' ') {
            return "#" + text.charAt(digits);
        }
        return null;
    }
}
