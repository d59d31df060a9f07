package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article's lines in a classed text dump. Prose lines close together form runs
 * ({@link ProseRun}); the best-scoring run is the core, or, under a plain-text article's own head,
 * the run that starts right after it. Runs next to the core that talk about the same things (most
 * of their content words are the core's) are the same article interrupted by a video, an ad or an
 * inline box, and join it; lists of items (teasers, comments) never do; lists the body announces or
 * marks come with it ({@link ListRows}). A barrier line ("Related articles") is never crossed.
 */
final class BodyFinder {

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

    private BodyFinder() {
    }

    /**
     * [first, last] line indexes of the body, or null when the dump has no prose. anchor is the line
     * after a plain-text article's head (or -1): a run that starts there, or a few lines of short
     * lines and noise below it, is the story under that headline, whatever runs further down score.
     */
    static int[] find(List<TextLine> lines, TopicWords topic, int anchor, boolean[] rows) {
        List<ProseRun> runs = ProseRun.all(lines);
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
            if (runs.get(i).first() >= anchor && runs.get(i).first() <= anchor + ProseRun.MAX_GAP
                    && !barrierBetween(lines, anchor - 1, runs.get(i).first())) {
                best = i;
                anchored = true;
                break;
            }
        }
        ProseRun core = runs.get(best);
        TopicWords.Vocabulary vocabulary = topic.vocabulary();
        addProse(lines, core, vocabulary, topic);
        String coreProse = prose(lines, core);
        String opening = coreProse.length() > MAX_OPENING_CHARS ? coreProse.substring(0, MAX_OPENING_CHARS) : coreProse;
        // The lists of a run are part of it: a run goes on after a list of results its paragraph announced.
        int[] range = ListRows.extend(lines, core.first(), core.last(), rows);
        int first = range[0];
        int last = range[1];
        for (int i = best + 1; i < runs.size(); i++) {
            ProseRun next = runs.get(i);
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
            ProseRun previous = runs.get(i);
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
        List<ProseRun> runs = ProseRun.all(lines);
        List<String> out = new ArrayList<>();
        ProseRun core = runs.stream().max(java.util.Comparator.comparingDouble(ProseRun::score)).orElse(null);
        if (core == null) {
            return out;
        }
        TopicWords.Vocabulary v = topic.vocabulary();
        topic.add(v, prose(lines, core));
        for (ProseRun r : runs) {
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
    private static boolean goesOn(List<TextLine> lines, int last, ProseRun next, String opening,
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

    private static boolean joins(List<TextLine> lines, int from, int to, ProseRun run, TopicWords.Vocabulary vocabulary,
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
        if (run.adjacentProse() == 0 && between > ProseRun.MAX_GAP) {
            return false;
        }
        return overlap >= (between > MAX_INTERRUPTION ? SAME_TOPIC_FAR : SAME_TOPIC);
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

    private static String prose(List<TextLine> lines, ProseRun run) {
        StringBuilder s = new StringBuilder();
        for (int i = run.first(); i <= run.last(); i++) {
            if (lines.get(i).kind() == LineClass.PROSE || lines.get(i).kind() == LineClass.SENTENCE) {
                s.append(lines.get(i).text()).append('\n');
            }
        }
        return s.toString();
    }

    private static void addProse(List<TextLine> lines, ProseRun run, TopicWords.Vocabulary vocabulary, TopicWords topic) {
        topic.add(vocabulary, prose(lines, run));
    }
}
