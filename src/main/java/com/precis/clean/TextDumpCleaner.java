package com.precis.clean;

import com.precis.clean.BoilerplateLexicon.Kind;
import com.precis.clean.TextLine.LineClass;
import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the article in a plain-text dump of a page, where every block of visible text is a line
 * and menus, tickers, share bars, ads, disclaimers and lists of other articles are all still there.
 *
 * <p>Each line is classed as prose, short, noise or a barrier (the start of a "related articles"
 * tail). The body is the contiguous run of lines with the best score, prose counting for and noise
 * against it, that crosses no barrier; inside it, noise lines are dropped and short lines kept as
 * headings.
 */
public final class TextDumpCleaner {

    private static final Pattern TICKER = Pattern.compile(
            "[A-Z0-9]{1,12}\\s?[$€£¥]\\s?\\d[\\d.,]*\\s?[+\\-−]\\s?\\d[\\d.,]*\\s?%");
    private static final Pattern PRICE_ONLY = Pattern.compile("^[\\s$€£¥+\\-−%\\d.,:/()]+$");
    private static final Pattern TIMESTAMP_TAIL = Pattern.compile(".*\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}\\s+\\d{1,2}:\\d{2}$");
    private static final int PROSE_MIN_WORDS = 8;
    private static final double MIN_FUNCTION_WORD_SHARE = 0.12;
    private static final double EARLY_SEGMENT_SHARE = 0.6;

    private final LanguageDetector languages;
    private final BoilerplateLexicon lexicon;

    public TextDumpCleaner(LanguageDetector languages, BoilerplateLexicon lexicon) {
        this.languages = languages;
        this.lexicon = lexicon;
    }

    public CleanedArticle clean(String dump) {
        List<String> lines = new ArrayList<>();
        for (String raw : dump.split("\\R")) {
            String line = normalizeSpace(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        TextMetadataReader.Result meta = TextMetadataReader.read(lines);
        String language = mainLanguage(lines);
        List<TextLine> classed = classify(lines, meta.usedLines(), language);
        int[] body = bestSegment(classed);
        List<Block> blocks = new ArrayList<>();
        if (body != null) {
            for (int i = body[0]; i <= body[1]; i++) {
                TextLine line = classed.get(i);
                if (line.kind() == LineClass.PROSE) {
                    blocks.add(Block.paragraph(line.text()));
                } else if (line.kind() == LineClass.SHORT) {
                    blocks.add(endsLikeSentence(line.text()) ? Block.paragraph(line.text()) : Block.heading(line.text()));
                }
            }
        }
        ArticleMetadata m = meta.metadata();
        ArticleMetadata metadata = new ArticleMetadata(m.title(), m.publisher(), m.authors(), m.publishedAt(), m.url(),
                language);
        return new CleanedArticle(blocks, metadata, lines.size() - blocks.size());
    }

    private String mainLanguage(List<String> lines) {
        StringBuilder prose = new StringBuilder();
        for (String line : lines) {
            if (wordCount(line) >= PROSE_MIN_WORDS) {
                prose.append(line).append('\n');
            }
        }
        String detected = languages.detect(prose.length() > 0 ? prose : String.join("\n", lines));
        return detected;
    }

    private List<TextLine> classify(List<String> lines, List<Integer> metadataLines, String language) {
        Map<String, Integer> seen = new HashMap<>();
        for (String line : lines) {
            seen.merge(line, 1, Integer::sum);
        }
        List<TextLine> classed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int words = wordCount(text);
            LineClass kind;
            if (metadataLines.contains(i)) {
                kind = LineClass.NOISE;
            } else if (words <= 8 && lexicon.startsWith(Kind.TAIL, text) && !endsLikeSentence(text)) {
                kind = LineClass.BARRIER;
            } else if (isNoise(text, words, seen.get(text) > 1, language)) {
                kind = LineClass.NOISE;
            } else if (words >= PROSE_MIN_WORDS && (language == null
                    || languages.functionWordShare(text, language) >= MIN_FUNCTION_WORD_SHARE)) {
                kind = LineClass.PROSE;
            } else if (words >= PROSE_MIN_WORDS) {
                kind = LineClass.NOISE; // long but not prose of the article's language: a list, a menu
            } else {
                kind = LineClass.SHORT;
            }
            classed.add(new TextLine(i, text, words, kind));
        }
        return classed;
    }

    private boolean isNoise(String text, int words, boolean repeated, String language) {
        if (TICKER.matcher(text).find() || PRICE_ONLY.matcher(text).matches()
                || TextMetadataReader.isUrlOnly(text) || lexicon.isShareBar(text)) {
            return true;
        }
        if (words <= 6 && TIMESTAMP_TAIL.matcher(text).matches()) {
            return true; // "PANews2025/06/24 10:01": a teaser's source and time
        }
        if (repeated && words >= 3) {
            return true; // teaser titles repeated in cards and lists
        }
        if (lexicon.mentions(Kind.DISCLAIMER, text)) {
            return true;
        }
        if (words < 40 && lexicon.mentions(Kind.PROMO, text)) {
            return true;
        }
        if (words >= PROSE_MIN_WORDS && language != null) {
            String own = languages.detect(text);
            return own != null && !own.equals(language)
                    && languages.functionWordShare(text, language) < MIN_FUNCTION_WORD_SHARE;
        }
        return false;
    }

    /**
     * The [first, last] line indexes of the body: of the runs that cross no barrier, the earliest one
     * scoring at least {@value #EARLY_SEGMENT_SHARE} of the best (a lone long teaser further down does
     * not beat the article), or null when there is no prose at all.
     */
    private static int[] bestSegment(List<TextLine> lines) {
        List<int[]> segments = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        double run = 0;
        int runStart = 0;
        int[] runBest = null;
        double runBestScore = 0;
        for (int i = 0; i <= lines.size(); i++) {
            TextLine line = i < lines.size() ? lines.get(i) : null;
            if (line == null || line.kind() == LineClass.BARRIER) {
                if (runBest != null) {
                    segments.add(runBest);
                    scores.add(runBestScore);
                }
                run = 0;
                runStart = i + 1;
                runBest = null;
                runBestScore = 0;
                continue;
            }
            double score = score(line);
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += score;
            if (run > runBestScore) {
                runBestScore = run;
                runBest = new int[] {runStart, i};
            }
        }
        double best = 0;
        for (double s : scores) {
            best = Math.max(best, s);
        }
        for (int k = 0; k < segments.size(); k++) {
            if (scores.get(k) >= best * EARLY_SEGMENT_SHARE && best > 0) {
                return segments.get(k);
            }
        }
        return null;
    }

    private static double score(TextLine line) {
        return switch (line.kind()) {
            case PROSE -> line.words();
            case SHORT -> -1;
            case NOISE -> -Math.max(5, line.words());
            case BARRIER -> Double.NEGATIVE_INFINITY;
        };
    }

    static boolean endsLikeSentence(String text) {
        int end = text.length();
        while (end > 0 && "\"'”’»)]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?…".indexOf(text.charAt(end - 1)) >= 0;
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static String normalizeSpace(String raw) {
        StringBuilder s = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = s.length() > 0;
            } else if (c == '\u200B' || c == '\uFEFF') {
                continue;
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        return s.toString();
    }
}
