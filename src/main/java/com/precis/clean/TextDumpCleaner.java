package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import com.precis.text.Whitespace;
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
        Reading r = read(dump);
        List<Block> blocks = new ArrayList<>();
        if (r.body() != null) {
            for (int i = r.body()[0]; i <= r.body()[1]; i++) {
                Block block = blockOf(r.classed(), i, r.body());
                if (block != null) {
                    blocks.add(block);
                }
            }
        }
        ArticleMetadata metadata = TextMetadataReader.complete(r.header(), r.lines(), r.classed(), r.body(), topic,
                r.language(), text -> classifier.isBoilerplate(text, r.language()));
        if (!blocks.isEmpty() && metadata.title() != null && blocks.get(0).text().equals(metadata.title())) {
            blocks.remove(0); // the headline opened the body: it is the title, as an HTML page's h1 is
        }
        return new CleanedArticle(blocks, metadata, r.lines().size() - blocks.size());
    }

    /** The dump's non-empty lines, classified, with the line range of the body (null when there is none). */
    private record Reading(List<String> lines, TextMetadataReader.Header header, String language,
            List<TextLine> classed, int[] body) {
    }

    private Reading read(String dump) {
        List<String> lines = new ArrayList<>();
        for (String raw : dump.split("\\R")) {
            String line = Whitespace.collapse(raw);
            if (!line.isEmpty() && hasLetterOrDigit(line)) {
                lines.add(line);
            }
        }
        TextMetadataReader.Header header = TextMetadataReader.readHeader(lines);
        String language = mainLanguage(lines);
        List<TextLine> classed = classifier.classify(lines, header.usedLines(), language);
        return new Reading(lines, header, language, classed, BodyFinder.find(classed, topic));
    }

    /** Diagnostics: each line of the dump with its class, ">" marking the lines of the body. */
    public List<String> explain(String dump) {
        Reading r = read(dump);
        List<TextLine> classed = r.classed();
        int[] body = r.body();
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
        char last = lastBeforeClosers(text);
        return last != 0 && ".!?…:。！？".indexOf(last) >= 0;
    }

    /** The last character before any closing quotation marks and brackets, or 0 when none. */
    static char lastBeforeClosers(String text) {
        int end = text.length();
        while (end > 0 && "\"'”’»)]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 ? text.charAt(end - 1) : 0;
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
}
