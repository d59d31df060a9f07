package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of prose lines of a classed dump, close together (at most a few other lines between two
 * of them): the unit the body is chosen among. It scores its prose words times the square of its
 * share of prose lines, so a list of teasers (a title, a summary, a title...) or a live feed scores
 * below an article of the same length. items: the run reads as a list of items rather than an
 * article: most of its paragraphs come under a title of their own (teasers), or one line comes back
 * between them ("Reply", "Read more"), the furniture of comments and feeds. A stamp such as "5 hours
 * ago" ends a run (a comment's or a post's time); a list of items that an article's opening runs into
 * is split from it.
 */
record ProseRun(int first, int last, double words, int proseLines, int otherLines, boolean afterBarrier,
               int adjacentProse, boolean items) {

    /** Non-prose lines that may sit between two paragraphs of one run: a heading, a caption and its credit. */
    static final int MAX_GAP = 3;
    /** Lines of one or two words (a step number, "Share", "Advertisement") part paragraphs less... */
    static final int TINY_WORDS = 2;
    static final double TINY_GAP = 0.5;
    /** ...unless there are many in a row: a menu. */
    static final int MAX_TINY_RUN = 8;

    /** What follows a "Related articles" line is other articles: a run there counts for this much. */
    static final double AFTER_BARRIER = 0.35;

    /** A run that is a list of items (teasers, comments) counts for this much. */
    static final double LIST_OF_ITEMS = 0.3;
    /** Teasers: a title then its summary, at least this many times. */
    static final int MIN_TEASERS = 3;
    /** Where a list of teasers follows an article in one run, the split is looked for at its first teasers only. */
    static final int MAX_SPLITS_TRIED = 3;
    /** A stamp is a date or a time ago with a name at most: "Jane Roe · March 10, 2017 at 12:20 AM". */
    static final int MAX_STAMP_WORDS = 8;

    /** The run of lines [first, last], first and last being prose. */
    static ProseRun of(List<TextLine> lines, int first, int last, boolean afterBarrier) {
        double words = 0;
        int prose = 0;
        int other = 0;
        int adjacent = 0;
        double gap = 0;
        for (int i = first; i <= last; i++) {
            TextLine line = lines.get(i);
            boolean tiny = line.kind() != LineClass.PROSE && line.words() <= TINY_WORDS;
            if (line.kind() == LineClass.PROSE) {
                if (i > first) {
                    other += (int) Math.ceil(gap);
                    adjacent += gap == 0 ? 1 : 0;
                }
                gap = 0;
                prose++;
                words += truncated(line.text()) ? line.words() * 0.3 : line.words();
            } else if (line.kind() == LineClass.SENTENCE) {
                words += line.words(); // a short sentence belongs with the prose around it
            } else if (line.kind() != LineClass.META) {
                gap += tiny ? TINY_GAP : 1;
            }
        }
        return new ProseRun(first, last, words, prose, other, afterBarrier, adjacent, isListOfItems(lines, first, last));
    }

    double score() {
        double share = (double) proseLines / (proseLines + otherLines);
        // One long line alone is as often a legal notice or a teaser as an article.
        double paragraphs = proseLines == 1 ? 0.5 : proseLines == 2 ? 0.75 : 1;
        return words * share * share * paragraphs * (afterBarrier ? AFTER_BARRIER : 1) * (items ? LIST_OF_ITEMS : 1);
    }

    /** The runs of prose of a classed dump, in order. */
    static List<ProseRun> all(List<TextLine> lines) {
        List<ProseRun> runs = new ArrayList<>();
        int first = -1;
        int last = -1;
        double gap = 0;
        boolean barrierSeen = false;
        int tinyRun = 0;
        for (int i = 0; i <= lines.size(); i++) {
            TextLine line = i < lines.size() ? lines.get(i) : null;
            boolean tiny = line != null && line.kind() != LineClass.BARRIER && line.kind() != LineClass.PROSE
                    && line.words() <= TINY_WORDS;
            tinyRun = tiny ? tinyRun + 1 : 0;
            boolean ends = line == null || line.kind() == LineClass.BARRIER
                    || first >= 0 && tiny && tinyRun > MAX_TINY_RUN
                    || first >= 0 && line.kind() != LineClass.META && isStamp(line.text()) // a comment's or a post's time
                    || first >= 0 && line.kind() != LineClass.PROSE && line.kind() != LineClass.SENTENCE
                    && line.kind() != LineClass.META && gap + (tiny ? TINY_GAP : 1) > MAX_GAP;
            if (ends && first >= 0) {
                add(runs, lines, first, last, barrierSeen);
                first = -1;
            }
            if (line == null || line.kind() == LineClass.BARRIER) {
                barrierSeen |= line != null;
                continue;
            }
            if (line.kind() == LineClass.PROSE) {
                first = first < 0 ? i : first;
                gap = 0;
                last = i;
            } else if (first >= 0 && line.kind() != LineClass.SENTENCE && line.kind() != LineClass.META) {
                gap += tiny ? TINY_GAP : 1; // a byline or a date inside the run is the article's own
            }
        }
        return runs;
    }

    /**
     * Adds the run [first, last]; when it is a list of teasers that an article's first paragraphs
     * open (a page with no line between its article and the teasers under it), the two apart.
     */
    private static void add(List<ProseRun> runs, List<TextLine> lines, int first, int last, boolean afterBarrier) {
        ProseRun run = ProseRun.of(lines, first, last, afterBarrier);
        if (run.items()) {
            // The article's own headline and lede look like a teaser too: the first few teasers are tried as the split;
            // comments: the split is before the paragraph the first "Reply" follows.
            int tried = 0;
            for (int i = first + 1; i <= last && tried < MAX_SPLITS_TRIED; i++) {
                if (isTeaser(lines, i)) {
                    tried++;
                    if (split(runs, lines, first, i - 1, last, afterBarrier)) {
                        return;
                    }
                }
            }
            int furniture = firstFurniture(lines, first, last);
            if (furniture > first && split(runs, lines, first, lastProseBefore(lines, first, furniture), last, afterBarrier)) {
                return;
            }
        }
        runs.add(run);
    }

    /** Adds [first, before the item at itemStart] and [item, last] when the first is an article's opening. */
    private static boolean split(List<ProseRun> runs, List<TextLine> lines, int first, int itemStart, int last,
                                 boolean afterBarrier) {
        if (itemStart <= first) {
            return false;
        }
        ProseRun opening = ProseRun.of(lines, first, lastProseBefore(lines, first, itemStart), afterBarrier);
        if (opening.proseLines() < 2 || opening.items()) {
            return false;
        }
        int item = itemStart;
        while (lines.get(item).kind() != LineClass.PROSE) {
            item++;
        }
        runs.add(opening);
        runs.add(ProseRun.of(lines, item, last, afterBarrier));
        return true;
    }

    /** Where the line said most often between the paragraphs of [first, last] first appears, or -1. */
    private static int firstFurniture(List<TextLine> lines, int first, int last) {
        String most = mostRepeated(lines, first, last).getKey();
        for (int i = first; i <= last && most != null; i++) {
            if (isFurniture(lines.get(i)) && lines.get(i).text().equals(most)) {
                return i;
            }
        }
        return -1;
    }

    /** The non-prose line said most often in [first, last], and how often (null and 0 when there is none). */
    private static java.util.Map.Entry<String, Integer> mostRepeated(List<TextLine> lines, int first, int last) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        String most = null;
        int times = 0;
        for (int i = first; i <= last; i++) {
            TextLine line = lines.get(i);
            if (isFurniture(line)) {
                int n = seen.merge(line.text(), 1, Integer::sum);
                if (n > times) {
                    times = n;
                    most = line.text();
                }
            }
        }
        return new java.util.AbstractMap.SimpleEntry<>(most, times);
    }

    private static boolean isFurniture(TextLine line) {
        return line.kind() != LineClass.PROSE && line.kind() != LineClass.META && line.kind() != LineClass.SENTENCE;
    }

    private static int lastProseBefore(List<TextLine> lines, int first, int end) {
        int i = end - 1;
        while (i > first && lines.get(i).kind() != LineClass.PROSE) {
            i--;
        }
        return i;
    }

    /** Line i is a teaser's summary: prose ended like a sentence, under a title. */
    private static boolean isTeaser(List<TextLine> lines, int i) {
        TextLine line = lines.get(i);
        return line.kind() == LineClass.PROSE && TextDumpCleaner.endsLikeSentence(line.text())
                && isTeaserTitle(lines.get(i - 1));
    }

    /** See {@link ProseRun}: teaser pairs, or one line said between most paragraphs ("Reply"). */
    private static boolean isListOfItems(List<TextLine> lines, int first, int last) {
        int teasers = 0;
        int paragraphs = 0;
        for (int i = first; i <= last; i++) {
            TextLine line = lines.get(i);
            if (line.kind() == LineClass.PROSE) {
                if (!isTeaserTitle(line)) {
                    paragraphs++;
                }
                if (i > first && isTeaser(lines, i)) {
                    teasers++;
                }
            }
        }
        int furniture = mostRepeated(lines, first, last).getValue();
        return teasers >= MIN_TEASERS && 2 * teasers >= paragraphs || furniture >= MIN_TEASERS && 2 * furniture >= paragraphs;
    }

    /**
     * A title over a summary: a line of a few words not ended like a sentence, opening with a capital
     * and written in words (a line of code or a figure's label under a paragraph is no title).
     */
    private static boolean isTeaserTitle(TextLine line) {
        String text = line.text();
        return (line.kind() == LineClass.PROSE || line.kind() == LineClass.SHORT) && line.words() >= 3
                && line.words() <= LineClassifier.MAX_HEADING_WORDS && !TextDumpCleaner.endsLikeSentence(text)
                && Character.isUpperCase(text.codePointAt(0)) && isMostlyWords(text);
    }

    /** Letters, digits and spaces make nine characters in ten at least. */
    private static boolean isMostlyWords(String text) {
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ') {
                plain++;
            }
        }
        return plain * 10 >= text.length() * 9;
    }

    /** "5 hours ago", "March 3, 2025 at 10:12 am": when a comment or a feed item was posted. */
    private static boolean isStamp(String text) {
        return WordCount.of(text) <= MAX_STAMP_WORDS && (DateParser.parse(text) != null || BylineLine.isRelativeTime(text));
    }

    /** A teaser's summary is cut off: "…" or "..." at the end. */
    static boolean truncated(String text) {
        String t = text.stripTrailing();
        return t.endsWith("…") || t.endsWith("...") || t.endsWith("[…]") || t.endsWith("[...]");
    }
}
