package com.precis.ner.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rewrites some lines of a training document the way real input writes them, so that the tagger
 * learns names in every case: in capitals (wire headlines, shouting dumps), in Title Case, in lower
 * case, and tokenised with spaces before punctuation (wire copy: "Japan 's", "Lazio 2 , Inter 1 .").
 * Which lines, and how, follows from the document's id alone, so training stays reproducible.
 */
final class CaseAugmenter {

    private static final double UPPER = 0.07;
    private static final double TITLE = 0.04;
    private static final double LOWER = 0.02;
    private static final double SPACED = 0.05;

    private CaseAugmenter() {
    }

    static GoldDocument augment(GoldDocument doc) {
        Random random = new Random(doc.id().hashCode() * 31L + doc.text().length());
        String text = doc.text();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int[] map = new int[text.length() + 1]; // old offset -> new offset
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            double r = random.nextDouble();
            boolean spaced = random.nextDouble() < SPACED;
            boolean wordStart = true;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (spaced && i > lineStart && isSpacedMark(c, text, i) && text.charAt(i - 1) != ' ') {
                    out.append(' ');
                }
                map[i] = out.length();
                char w = r < UPPER ? Character.toUpperCase(c)
                        : r < UPPER + TITLE ? (wordStart ? Character.toUpperCase(c) : c)
                        : r < UPPER + TITLE + LOWER ? Character.toLowerCase(c) : c;
                out.append(w);
                wordStart = !Character.isLetterOrDigit(c) && c != '\'' && c != '’';
            }
            map[lineEnd] = out.length();
            if (nl >= 0) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        List<GoldSpan> spans = new ArrayList<>();
        for (GoldSpan s : doc.spans()) {
            int start = map[s.start()];
            int end = s.end() > 0 ? map[s.end() - 1] + 1 : 0;
            spans.add(new GoldSpan(start, end, s.type()));
        }
        return new GoldDocument(doc.id(), out.toString(), spans, doc.genre());
    }

    private static boolean isSpacedMark(char c, String text, int i) {
        if (c == ',' || c == ';' || c == ':' || c == ')') {
            return true;
        }
        if (c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == '\n')) {
            return true; // the sentence's full stop, not the dot of "U.S."
        }
        return (c == '\'' || c == '’') && i + 1 < text.length() && text.charAt(i + 1) == 's'
                && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }
}
