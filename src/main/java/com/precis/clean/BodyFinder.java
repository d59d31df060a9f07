package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article's lines in a classed text dump. Prose lines close together form runs; a run
 * scores its prose words times the square of its share of prose lines, so a list of teasers (a
 * title, a summary, a title...) or a live feed scores below an article of the same length. The
 * best run is the core; runs next to it that talk about the same things (most of their content
 * words are the core's) are the same article interrupted by a video, an ad or an inline box, and
 * join it. A barrier line ("Related articles") is never crossed.
 */
final class BodyFinder {

    /** Non-prose lines that may sit between two paragraphs of one run: a heading, a caption and its credit. */
    static final int MAX_GAP = 3;
    /** Lines of one or two words (a step number, "Share", "Advertisement") part paragraphs less... */
    static final int TINY_WORDS = 2;
    static final double TINY_GAP = 0.5;
    /** ...unless there are many in a row: a menu. */
    static final int MAX_TINY_RUN = 8;
    /** Lines of another thing that may interrupt an article: a video player, a box of links. */
    static final int MAX_INTERRUPTION = 40;
    static final double SAME_TOPIC = 0.2;
    /** A line at the edge of the body sharing less than this with the rest is not the article's. */
    static final double EDGE_TOPIC = 0.1;
    static final double SAME_TOPIC_FAR = 0.3;
    /** Across a "Related" line only a run close by and clearly on the same topic joins: a box inside the article. */
    static final double SAME_TOPIC_ACROSS_BARRIER = 0.15;
    static final int MAX_BOX_LINES = 12;
    static final int MIN_LONE_PARAGRAPH_WORDS = 25;
    /** How much of a plain-text story's opening a later run is compared with (bounded, so the comparison stays linear). */
    static final int MAX_OPENING_CHARS = 2000;

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

    /**
     * A run of prose; items: it reads as a list of items rather than an article: most of its
     * paragraphs come under a title of their own (teasers), or one line comes back between them
     * ("Reply", "Read more"), the furniture of comments and feeds. (A stamp such as "5 hours ago"
     * ends a run: a comment's or a post's time.)
     */
    record Run(int first, int last, double words, int proseLines, int otherLines, boolean afterBarrier,
               int adjacentProse, boolean items) {

        /** The run of lines [first, last], first and last being prose. */
        static Run of(List<TextLine> lines, int first, int last, boolean afterBarrier) {
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
            return new Run(first, last, words, prose, other, afterBarrier, adjacent, isListOfItems(lines, first, last));
        }

        double score() {
            double share = (double) proseLines / (proseLines + otherLines);
            // One long line alone is as often a legal notice or a teaser as an article.
            double paragraphs = proseLines == 1 ? 0.5 : proseLines == 2 ? 0.75 : 1;
            return words * share * share * paragraphs * (afterBarrier ? AFTER_BARRIER : 1) * (items ? LIST_OF_ITEMS : 1);
        }
    }

    private BodyFinder() {
    }

    /**
     * [first, last] line indexes of the body, or null when the dump has no prose. anchor is the line
     * after a plain-text article's head (or -1): a run that starts there, or a few lines of short
     * lines and noise below it, is the story under that headline, whatever runs further down score.
     */
    static int[] find(List<TextLine> lines, TopicWords topic, int anchor, boolean[] rows) {
        List<Run> runs = runs(lines);
        if (runs.isEmpty()) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < runs.size(); i++) {
            if (runs.get(i).score() > runs.get(best).score()) {
                best = i;
            }
        }
        boolean anchored = false;
        for (int i = 0; anchor >= 0 && i < runs.size(); i++) {
            if (runs.get(i).first() >= anchor && runs.get(i).first() <= anchor + MAX_GAP
                    && !barrierBetween(lines, anchor - 1, runs.get(i).first())) {
                best = i;
                anchored = true;
                break;
            }
        }
        Run core = runs.get(best);
        TopicWords.Vocabulary vocabulary = topic.vocabulary();
        addProse(lines, core, vocabulary, topic);
        String coreProse = prose(lines, core);
        String opening = coreProse.length() > MAX_OPENING_CHARS ? coreProse.substring(0, MAX_OPENING_CHARS) : coreProse;
        // The lists of a run are part of it: a run goes on after a list of results its paragraph announced.
        int[] range = ListRows.extend(lines, core.first(), core.last(), rows);
        int first = range[0];
        int last = range[1];
        for (int i = best + 1; i < runs.size(); i++) {
            Run next = runs.get(i);
            if (next.last() <= last) {
                continue; // inside a list already taken
            }
            if (!(anchored ? goesOn(lines, last, next, opening, vocabulary, topic)
                    : joins(lines, last, next.first(), next, vocabulary, topic))) {
                break;
            }
            addProse(lines, next, vocabulary, topic);
            last = Math.max(last, ListRows.extend(lines, next.first(), next.last(), rows)[1]);
        }
        for (int i = best - 1; i >= 0; i--) {
            Run previous = runs.get(i);
            if (previous.first() >= first) {
                continue;
            }
            if (!joins(lines, previous.last(), first, previous, vocabulary, topic)) {
                break;
            }
            addProse(lines, previous, vocabulary, topic);
            first = Math.min(previous.first(), ListRows.extend(lines, previous.first(), previous.last(), rows)[0]);
        }
        return trimEdges(lines, first, last, topic);
    }

    /**
     * Drops prose lines at either end of the body that stand apart (a non-prose line between them
     * and the rest) and share almost no content word with the rest: the teaser or notice that sat
     * right after or before the article.
     */
    static int[] trimEdges(List<TextLine> lines, int first, int last, TopicWords topic) {
        List<Integer> prose = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (isBodyProse(lines.get(i))) {
                prose.add(i);
            }
        }
        if (prose.size() < 3) {
            return new int[] {first, last};
        }
        // The lines standing apart at the end (each with something else between it and the one before)
        // are judged against the body before them, when that is most of it; the same at the start.
        int tail = prose.size() - 1;
        while (tail > 0 && prose.get(tail) - prose.get(tail - 1) > 1) {
            tail--;
        }
        tail++; // prose[tail..] stand apart; prose[tail - 1] is still joined to the one before it
        if (tail < prose.size() && 2 * words(lines, prose, 0, tail) >= words(lines, prose, tail, prose.size())) {
            TopicWords.Vocabulary before = topic.vocabulary();
            for (int k = 0; k < tail; k++) {
                topic.add(before, lines.get(prose.get(k)).text());
            }
            int end = prose.size() - 1;
            while (end >= tail && end > 0 && topic.overlap(lines.get(prose.get(end)).text(), before) < EDGE_TOPIC) {
                end--;
            }
            last = end < prose.size() - 1 ? prose.get(end) : last;
        }
        int head = 0;
        while (head < prose.size() - 1 && prose.get(head + 1) - prose.get(head) > 1) {
            head++;
        }
        head--; // prose[..head] stand apart; prose[head + 1] is joined to the one after it
        if (head >= 0 && 2 * words(lines, prose, head + 1, prose.size()) >= words(lines, prose, 0, head + 1)) {
            TopicWords.Vocabulary after = topic.vocabulary();
            for (int k = head + 1; k < prose.size() && prose.get(k) <= last; k++) {
                topic.add(after, lines.get(prose.get(k)).text());
            }
            int start = 0;
            while (start <= head && topic.overlap(lines.get(prose.get(start)).text(), after) < EDGE_TOPIC) {
                start++;
            }
            first = start > 0 ? prose.get(start) : first;
        }
        return new int[] {first, last};
    }

    /** Words of the prose lines prose[from, to). */
    private static int words(List<TextLine> lines, List<Integer> prose, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += lines.get(prose.get(k)).words();
        }
        return n;
    }

    private static boolean isBodyProse(TextLine line) {
        return line.kind() == LineClass.PROSE;
    }



    /** Diagnostics: each run with its score and how much of its prose is the best run's topic. */
    static List<String> describe(List<TextLine> lines, TopicWords topic) {
        List<Run> runs = runs(lines);
        List<String> out = new ArrayList<>();
        Run core = runs.stream().max(java.util.Comparator.comparingDouble(Run::score)).orElse(null);
        if (core == null) {
            return out;
        }
        TopicWords.Vocabulary v = topic.vocabulary();
        topic.add(v, prose(lines, core));
        for (Run r : runs) {
            out.add(String.format(java.util.Locale.ROOT, "run %d-%d score %.0f words %.0f prose %d other %d overlap %.2f%s%s",
                    r.first(), r.last(), r.score(), r.words(), r.proseLines(), r.otherLines(),
                    topic.overlap(prose(lines, r), v), r.items() ? " ITEMS" : "", r == core ? " CORE" : ""));
        }
        return out;
    }

    /**
     * Under a plain-text article's own headline the story goes on to the first barrier, across
     * tables, code and lists that part its paragraphs, unless a run is a list of items or off the topic.
     */
    private static boolean goesOn(List<TextLine> lines, int last, Run next, String opening,
                                  TopicWords.Vocabulary vocabulary, TopicWords topic) {
        if (barrierBetween(lines, last, next.first()) || next.items()) {
            return false;
        }
        String prose = prose(lines, next);
        if (topic.overlap(prose, vocabulary) >= EDGE_TOPIC) {
            return true;
        }
        // a long run after a short opening: how much of the opening it speaks of
        TopicWords.Vocabulary own = topic.vocabulary();
        topic.add(own, prose);
        return topic.overlap(opening, own) >= EDGE_TOPIC;
    }

    private static boolean joins(List<TextLine> lines, int from, int to, Run run, TopicWords.Vocabulary vocabulary,
                                 TopicWords topic) {
        String prose = prose(lines, run);
        int between = to - from - 1;
        if (between > 2 * MAX_INTERRUPTION || run.proseLines() == 1 && run.words() < MIN_LONE_PARAGRAPH_WORDS) {
            return false; // a headline or a teaser alone, however close to the topic
        }
        if (run.items()) {
            return false; // teasers and comments on the same topic are still not the article
        }
        double overlap = topic.overlap(prose, vocabulary);
        if (commentsBetween(lines, from, to)) {
            return false;
        }
        if (barrierBetween(lines, from, to)) {
            // Teasers behind a "Related" line are one summary each; an article goes on paragraph after paragraph.
            return between <= MAX_BOX_LINES && overlap >= SAME_TOPIC_ACROSS_BARRIER && run.adjacentProse() >= 1;
        }
        // A long interruption (a gallery, a box of links) needs the clearer evidence of topic.
        // Teasers on the same topic come one summary at a time; an article goes on paragraph after paragraph.
        if (run.adjacentProse() == 0 && between > MAX_GAP) {
            return false;
        }
        return overlap >= (between > MAX_INTERRUPTION ? SAME_TOPIC_FAR : SAME_TOPIC);
    }

    static List<Run> runs(List<TextLine> lines) {
        List<Run> runs = new ArrayList<>();
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
                addRun(runs, lines, first, last, barrierSeen);
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
    private static void addRun(List<Run> runs, List<TextLine> lines, int first, int last, boolean afterBarrier) {
        Run run = Run.of(lines, first, last, afterBarrier);
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
    private static boolean split(List<Run> runs, List<TextLine> lines, int first, int itemStart, int last,
                                 boolean afterBarrier) {
        if (itemStart <= first) {
            return false;
        }
        Run opening = Run.of(lines, first, lastProseBefore(lines, first, itemStart), afterBarrier);
        if (opening.proseLines() < 2 || opening.items()) {
            return false;
        }
        int item = itemStart;
        while (lines.get(item).kind() != LineClass.PROSE) {
            item++;
        }
        runs.add(opening);
        runs.add(Run.of(lines, item, last, afterBarrier));
        return true;
    }

    /** Where the line said most often between the paragraphs of [first, last] first appears. */
    private static int firstFurniture(List<TextLine> lines, int first, int last) {
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
        for (int i = first; i <= last && most != null; i++) {
            if (isFurniture(lines.get(i)) && lines.get(i).text().equals(most)) {
                return i;
            }
        }
        return -1;
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

    /** See {@link Run}: teaser pairs, or one line said between most paragraphs ("Reply"). */
    private static boolean isListOfItems(List<TextLine> lines, int first, int last) {
        int teasers = 0;
        int paragraphs = 0;
        int furniture = 0;
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = first; i <= last; i++) {
            TextLine line = lines.get(i);
            if (line.kind() == LineClass.PROSE) {
                if (!isTeaserTitle(line)) {
                    paragraphs++;
                }
                if (i > first && isTeaser(lines, i)) {
                    teasers++;
                }
            } else if (isFurniture(line)) {
                furniture = Math.max(furniture, seen.merge(line.text(), 1, Integer::sum));
            }
        }
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

    private static boolean commentsBetween(List<TextLine> lines, int from, int to) {
        for (int i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
            if (lines.get(i).kind() == LineClass.BARRIER && lines.get(i).comments()) {
                return true;
            }
        }
        return false;
    }

    private static boolean barrierBetween(List<TextLine> lines, int from, int to) {
        for (int i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
            if (lines.get(i).kind() == LineClass.BARRIER) {
                return true;
            }
        }
        return false;
    }

    private static String prose(List<TextLine> lines, Run run) {
        StringBuilder s = new StringBuilder();
        for (int i = run.first(); i <= run.last(); i++) {
            if (lines.get(i).kind() == LineClass.PROSE || lines.get(i).kind() == LineClass.SENTENCE) {
                s.append(lines.get(i).text()).append('\n');
            }
        }
        return s.toString();
    }

    private static void addProse(List<TextLine> lines, Run run, TopicWords.Vocabulary vocabulary, TopicWords topic) {
        topic.add(vocabulary, prose(lines, run));
    }
}
