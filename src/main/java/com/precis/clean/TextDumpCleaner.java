package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import com.precis.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the article in a plain-text dump of a page, where every block of visible text is a line
 * and menus, tickers, share bars, ads, disclaimers and lists of other articles are all still there.
 *
 * <p>Lines are classed on their own ({@link LineClassifier}), the body is the best run of prose and
 * the runs on the same topic next to it ({@link BodyFinder}); inside it, boilerplate lines are
 * dropped, a lone short line between paragraphs is kept as a heading, and clusters of short lines
 * (a box of links, a caption and its credit) are dropped. Metadata comes from the lines around the
 * body ({@link TextMetadataReader}).
 *
 * <p>A plain-text article that opens with its headline ({@link TextHead}: wire copy, plain-text
 * news) is read from its head: the headline is the title, the byline and dateline metadata, and the
 * story is what follows, short lines and all (results, standings, lists of names: {@link ListRows});
 * wire copy's dateline line stays as the first block, so the later stages see where the story happened.
 */
public final class TextDumpCleaner {

    private final LanguageDetector languages;
    private final LineClassifier classifier;
    private final TopicWords topic;
    private final BoilerplateLexicon lexicon;

    public TextDumpCleaner(LanguageDetector languages, BoilerplateLexicon lexicon) {
        this.languages = languages;
        this.lexicon = lexicon;
        this.classifier = new LineClassifier(languages, lexicon);
        this.topic = new TopicWords(languages);
    }

    public CleanedArticle clean(String dump) {
        Reading r = read(dump);
        List<Block> blocks = new ArrayList<>();
        if (r.body() != null) {
            for (int i = r.body()[0]; i <= r.body()[1]; i++) {
                Block block = blockOf(r.classed(), i, r.body(), r.rows());
                if (block != null) {
                    blocks.add(block);
                }
            }
        }
        Dateline opener = blocks.isEmpty() ? null : Dateline.ofOpener(blocks.get(0).text());
        ArticleMetadata metadata = TextMetadataReader.complete(r.header(), r.head(), opener, r.lines(), r.classed(),
                r.body(), topic, r.language(), text -> classifier.isBoilerplate(text, r.language()));
        if (!blocks.isEmpty() && metadata.title() != null && blocks.get(0).text().equals(metadata.title())) {
            blocks.remove(0); // the headline opened the body: it is the title, as an HTML page's h1 is
        }
        if (!blocks.isEmpty() && r.head().dateline() != null) {
            // The dateline's place is where the story happens: the stages after cleaning see it as the first block.
            blocks.add(0, Block.heading(r.lines().get(r.head().datelineLine())));
        }
        return new CleanedArticle(blocks, metadata, r.lines().size() - blocks.size());
    }

    /**
     * The dump's non-empty lines, classified; the head of a plain-text article (TextHead.NONE when it
     * does not open with one); the line range of the body (null when there is none) and which short
     * lines in it are rows of a list.
     */
    private record Reading(List<String> lines, TextHead head, TextMetadataReader.Header header, String language,
            List<TextLine> classed, int[] body, boolean[] rows) {
    }

    private Reading read(String dump) {
        List<String> lines = new ArrayList<>();
        for (String raw : dump.split("\\R")) {
            String line = Whitespace.collapse(raw);
            if (!line.isEmpty() && hasLetterOrDigit(line)) {
                lines.add(line);
            }
        }
        String language = mainLanguage(lines);
        TextHead head = TextHead.read(lines, lexicon, text -> classifier.isBoilerplate(text, language));
        TextMetadataReader.Header header = TextMetadataReader.readHeader(lines, head.lines());
        Set<Integer> metadataLines = new HashSet<>(header.usedLines());
        metadataLines.addAll(head.lines());
        List<TextLine> classed = classifier.classify(lines, metadataLines, language);
        int[] body;
        boolean[] rows = new boolean[classed.size()];
        boolean wholeStory = false;
        if (head.found() && head.dateline() != null) {
            body = storyAfterHead(classed, head.end() + 1); // wire copy: the story is all that follows its dateline
            wholeStory = true;
        } else {
            int anchor = head.found() ? head.end() + 1 : -1;
            body = BodyFinder.find(classed, topic, anchor, rows);
            if (body == null && anchor >= 0) {
                body = storyAfterHead(classed, anchor); // a story with no paragraph at all: a list under its headline
            }
            if (body != null && anchor >= 0 && body[0] <= anchor + ProseRun.MAX_GAP) {
                body[0] = Math.min(body[0], anchor);
                body[1] = cleanTailEnd(classed, body[1]);
                wholeStory = true;
            }
        }
        if (body != null && wholeStory) {
            ListRows.markStory(classed, body, rows);
        }
        return new Reading(lines, head, header, language, classed, body, rows);
    }

    /**
     * The last line of a plain-text story whose body ends at last: the end of the text when nothing
     * after the body is boilerplate (results, a table or a list close the story), else last.
     */
    private static int cleanTailEnd(List<TextLine> classed, int last) {
        for (int i = last + 1; i < classed.size(); i++) {
            TextLine line = classed.get(i);
            if (!line.mayBeRow() && line.kind() != LineClass.PROSE) {
                return last;
            }
        }
        return classed.size() - 1;
    }

    /** From the line after a head to the line before the first barrier (or the end), or null when that is empty. */
    private static int[] storyAfterHead(List<TextLine> classed, int from) {
        int to = from;
        while (to < classed.size() && classed.get(to).kind() != LineClass.BARRIER) {
            to++;
        }
        return to > from ? new int[] {from, to - 1} : null;
    }

    /** Diagnostics: each line of the dump with its class, ">" marking the lines of the body. */
    public List<String> explain(String dump) {
        Reading r = read(dump);
        List<TextLine> classed = r.classed();
        int[] body = r.body();
        List<String> out = new ArrayList<>();
        for (TextLine line : classed) {
            boolean in = body != null && line.index() >= body[0] && line.index() <= body[1];
            String kind = r.rows()[line.index()] ? line.kind() + "/row" : line.kind().toString();
            out.add((in ? "> " : "  ") + String.format("%4d %-12s %3d ", line.index(), kind, line.words()) + line.text());
        }
        out.addAll(BodyFinder.describe(classed, topic));
        return out;
    }

    private static Block blockOf(List<TextLine> lines, int i, int[] body, boolean[] rows) {
        TextLine line = lines.get(i);
        if (line.kind() == LineClass.PROSE || line.kind() == LineClass.SENTENCE || rows[i]) {
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
