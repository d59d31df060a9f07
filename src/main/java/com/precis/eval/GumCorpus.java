package com.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.text.ArticleText;
import com.precis.text.Block;
import com.precis.text.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the GUM quote corpus ({@code ../shared/corpus/quotes/gum/gum-quotes-SPLIT.jsonl}): each
 * document's text, its direct quotes with their gold speakers, and its gold attribution relations
 * (indirect speech too). Offsets are turned from code points of the corpus text into characters of
 * the {@link ArticleText} built from it, one block per line.
 */
public final class GumCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A range [start, end) of the article text and the words in it. */
    public record Span(int start, int end, String text) {
    }

    /** Who the gold says spoke: the span as written, and the corpus's canonical name of that entity (may be null). */
    public record Source(Span span, String name) {
    }

    /** A direct quote; {@code source} null when the gold names nobody. */
    public record GoldQuote(Span span, Source source) {
    }

    /** A gold attribution relation: what was reported, who reported it, and the cue (may be null). */
    public record Relation(Span content, Source source, Span cue) {
    }

    public record Document(String id, String genre, String split, ArticleText text, List<GoldQuote> quotes,
                           List<Relation> relations) {
    }

    private GumCorpus() {
    }

    /** The documents of one split file, in file order. */
    public static List<Document> read(Path file, SentenceSplitter splitter) throws IOException {
        List<Document> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(document(JSON.readTree(line), splitter));
            }
        }
        return out;
    }

    /** The split files of {@code dir} for a split name: "dev", "test", "train", or "check" (dev and test). */
    public static List<Path> files(Path dir, String split) {
        List<String> names = split.equals("check") ? List.of("dev", "test") : List.of(split);
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            out.add(dir.resolve("gum-quotes-" + n + ".jsonl"));
        }
        return out;
    }

    static Document document(JsonNode root, SentenceSplitter splitter) {
        String raw = root.path("text").asText();
        Offsets offsets = new Offsets(raw);
        ArticleText text = ArticleText.of(offsets.blocks, "en", splitter);
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            if (q.path("type").asText("direct").equals("direct")) {
                quotes.add(new GoldQuote(offsets.span(q, text), source(q.get("speaker"), offsets, text)));
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode r : root.path("attributions")) {
            JsonNode cue = r.get("cue");
            relations.add(new Relation(offsets.span(r.get("content"), text), source(r.get("source"), offsets, text),
                    cue == null || cue.isNull() ? null : offsets.span(cue, text)));
        }
        return new Document(root.path("id").asText(), root.path("genre").asText(), root.path("split").asText(), text,
                quotes, relations);
    }

    private static Source source(JsonNode s, Offsets offsets, ArticleText text) {
        if (s == null || s.isNull()) {
            return null;
        }
        JsonNode name = s.get("name");
        return new Source(offsets.span(s, text), name == null || name.isNull() ? null : name.asText());
    }

    /** Maps code-point offsets of the corpus text to character offsets of the article text (one block per non-empty line). */
    private static final class Offsets {

        private final String raw;
        private final List<Block> blocks = new ArrayList<>();
        /** Per character of raw: the block it is in (-1 for a line break or an empty line). */
        private final int[] blockOf;
        private final int[] lineStart;

        Offsets(String raw) {
            this.raw = raw;
            this.blockOf = new int[raw.length() + 1];
            List<Integer> starts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= raw.length(); i++) {
                if (i == raw.length() || raw.charAt(i) == '\n') {
                    boolean empty = raw.substring(start, i).isBlank();
                    for (int k = start; k < i; k++) {
                        blockOf[k] = empty ? -1 : blocks.size();
                    }
                    blockOf[i] = -1;
                    if (!empty) {
                        blocks.add(Block.paragraph(raw.substring(start, i)));
                        starts.add(start);
                    }
                    start = i + 1;
                }
            }
            lineStart = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Span span(JsonNode node, ArticleText text) {
            int s = raw.offsetByCodePoints(0, node.path("start").asInt());
            int e = raw.offsetByCodePoints(0, node.path("end").asInt());
            int a = map(s, text, true);
            int b = map(Math.max(s, e - 1), text, false) + 1;
            return new Span(a, Math.max(a, b), text.text().substring(a, Math.max(a, b)));
        }

        /** The article-text offset of raw character i (a line break maps to the nearest block's edge). */
        private int map(int i, ArticleText text, boolean forward) {
            int k = Math.min(i, raw.length() - 1);
            while (k >= 0 && k < raw.length() && blockOf[k] < 0) {
                k += forward ? 1 : -1;
            }
            if (k < 0 || k >= raw.length()) {
                return forward ? text.text().length() : 0;
            }
            int b = blockOf[k];
            return text.blockStart(b) + (k - lineStart[b]);
        }
    }
}
