package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article in a plain-text dump of a page, where every block of visible text is a line
 * and menus, tickers, share bars, ads, disclaimers and lists of other articles are all still there.
 *
 * <p>Lines are classed on their own ({@link LineClassifier}), the body is the best run of prose and
 * the runs on the same topic next to it ({@link BodyFinder}); inside it, boilerplate lines are
 * dropped, a lone short line between paragraphs is kept as a heading, and clusters of short lines
 * (a box of links, a caption and its credit) are dropped. Metadata comes from the lines around the
 * body ({@link TextMetadataReader}).
 */
public final class TextDumpCleaner {

    private final LanguageDetector languages;
    private final LineClassifier classifier;
    private final TopicWords topic;

    public TextDumpCleaner(LanguageDetector languages, BoilerplateLexicon lexicon) {
        this.languages = languages;
        this.classifier = new LineClassifier(languages, lexicon);
        this.topic = new TopicWords(languages);
    }

    public CleanedArticle clean(String dump) {
        List<String> lines = new ArrayList<>();
        for (String raw : dump.split("\\R")) {
            String line = normalizeSpace(raw);
            if (!line.isEmpty() && hasLetterOrDigit(line)) {
                lines.add(line);
            }
        }
        TextMetadataReader.Header header = TextMetadataReader.readHeader(lines);
        String language = mainLanguage(lines);
        List<TextLine> classed = classifier.classify(lines, header.usedLines(), language);
        int[] body = BodyFinder.find(classed, topic);
        List<Block> blocks = new ArrayList<>();
        if (body != null) {
            for (int i = body[0]; i <= body[1]; i++) {
                Block block = blockOf(classed, i, body);
                if (block != null) {
                    blocks.add(block);
                }
            }
        }
        ArticleMetadata metadata = TextMetadataReader.complete(header, lines, classed, body, topic, language,
                text -> classifier.isBoilerplate(text, language));
        return new CleanedArticle(blocks, metadata, lines.size() - blocks.size());
    }

    /** Diagnostics: each line of the dump with its class, ">" marking the lines of the body. */
    public List<String> explain(String dump) {
        List<String> lines = new ArrayList<>();
        for (String raw : dump.split("\\R")) {
            String line = normalizeSpace(raw);
            if (!line.isEmpty() && hasLetterOrDigit(line)) {
                lines.add(line);
            }
        }
        TextMetadataReader.Header header = TextMetadataReader.readHeader(lines);
        String language = mainLanguage(lines);
        List<TextLine> classed = classifier.classify(lines, header.usedLines(), language);
        int[] body = BodyFinder.find(classed, topic);
        List<String> out = new ArrayList<>();
        for (TextLine line : classed) {
            boolean in = body != null && line.index() >= body[0] && line.index() <= body[1];
            out.add((in ? "> " : "  ") + String.format("%4d %-8s %3d ", line.index(), line.kind(), line.words()) + line.text());
        }
        out.addAll(BodyFinder.describe(classed, topic));
        return out;
    }

    private static Block blockOf(List<TextLine> lines, int i, int[] body) {
        TextLine line = lines.get(i);
        if (line.kind() == LineClass.PROSE || line.kind() == LineClass.SENTENCE) {
            return Block.paragraph(line.text());
        }
        if (line.kind() != LineClass.SHORT) {
            return null;
        }
        boolean prevShort = i > body[0] && lines.get(i - 1).kind() == LineClass.SHORT;
        boolean nextShort = i < body[1] && lines.get(i + 1).kind() == LineClass.SHORT;
        if (prevShort || nextShort) {
            return null; // a cluster of short lines: links, a caption and its credit, a player's menu
        }
        if (endsLikeSentence(line.text())) {
            return Block.paragraph(line.text());
        }
        boolean nextProse = i < body[1] && lines.get(i + 1).kind() == LineClass.PROSE;
        return nextProse ? Block.heading(line.text()) : null;
    }

    private String mainLanguage(List<String> lines) {
        StringBuilder prose = new StringBuilder();
        for (String line : lines) {
            if (WordCount.of(line) >= LineClassifier.PROSE_MIN_WORDS) {
                prose.append(line).append('\n');
            }
        }
        return languages.detect(prose.length() > 0 ? prose : String.join("\n", lines));
    }

    static boolean endsLikeSentence(String text) {
        int end = text.length();
        while (end > 0 && "\"'”’»)]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?…:。！？".indexOf(text.charAt(end - 1)) >= 0;
    }

    static int wordCount(String text) {
        return WordCount.of(text);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String normalizeSpace(String raw) {
        StringBuilder s = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = s.length() > 0;
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D' || c == '\u2060') {
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
