package com.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;

/**
 * One page of an evaluation folder: the page as captured, its gold body and its expected
 * metadata. The gold body is a hand-written {@code GOLD/NAME.txt} when there is one (where
 * Readability's output is wrong) or an annotation body corrected by hand, else the text of
 * {@code expected.html}.
 */
public record CorpusPage(String name, byte[] source, String goldBody, boolean handWrittenGold, JsonNode metadata) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Loads a page; the gold body is the first of GOLD_DIR/NAME.txt, for each further folder
     * NAME.txt (eval/annotated holds the bodies corrected by hand for annotation), then expected.html.
     */
    public static CorpusPage load(Path dir, Path goldDir, Path... moreGoldDirs) throws IOException {
        String name = dir.getFileName().toString();
        byte[] source = Files.readAllBytes(dir.resolve("source.html"));
        Path hand = goldDir == null ? null : goldDir.resolve(name + ".txt");
        for (Path more : moreGoldDirs) {
            if ((hand == null || !Files.isRegularFile(hand)) && more != null && Files.isRegularFile(more.resolve(name + ".txt"))) {
                hand = more.resolve(name + ".txt");
            }
        }
        String gold;
        boolean handWritten = hand != null && Files.isRegularFile(hand);
        if (handWritten) {
            gold = Files.readString(hand, StandardCharsets.UTF_8);
        } else {
            Path expected = dir.resolve("expected.html");
            gold = Files.isRegularFile(expected)
                    ? String.join("\n\n", VisibleText.bodyBlocks(Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).body()))
                    : "";
        }
        Path meta = dir.resolve("expected-metadata.json");
        JsonNode metadata = Files.isRegularFile(meta) ? JSON.readTree(meta.toFile()) : JSON.createObjectNode();
        return new CorpusPage(name, source, gold, handWritten, metadata);
    }

    /** A field of the expected metadata, or null when the page does not state it. */
    public String expected(String field) {
        JsonNode v = metadata.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
