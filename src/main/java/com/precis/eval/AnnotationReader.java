package com.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the annotated articles of a folder: every NAME.json that has its NAME.txt beside it. */
public final class AnnotationReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationReader() {
    }

    public static List<AnnotatedArticle> readFolder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<AnnotatedArticle> out = new ArrayList<>();
        for (Path json : files) {
            String name = json.getFileName().toString();
            Path txt = json.resolveSibling(name.substring(0, name.length() - 5) + ".txt");
            if (Files.exists(txt)) {
                out.add(read(json, txt));
            }
        }
        return out;
    }

    public static AnnotatedArticle read(Path json, Path txt) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
        String body = Files.readString(txt, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> blocks = new ArrayList<>();
        for (String block : body.split("\n\\s*\n")) {
            String b = block.strip();
            if (!b.isEmpty()) {
                blocks.add(b);
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            quotes.add(new GoldQuote(text(q, "text"), text(q, "speaker"), text(q, "speakerMention"), text(q, "kind")));
        }
        List<String> terms = new ArrayList<>();
        for (JsonNode t : root.path("terms")) {
            terms.add(t.asText());
        }
        List<GoldActor> actors = new ArrayList<>();
        for (JsonNode a : root.path("actors")) {
            actors.add(new GoldActor(text(a, "name"), text(a, "type"), strings(a.path("aliases")), strings(a.path("roles"))));
        }
        String fileName = json.getFileName().toString();
        String id = root.hasNonNull("id") ? root.get("id").asText() : fileName.substring(0, fileName.length() - 5);
        return new AnnotatedArticle(id, text(root, "language"), blocks, quotes, terms, actors);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isNull()) {
                out.add(n.asText());
            }
        }
        return out;
    }
}
