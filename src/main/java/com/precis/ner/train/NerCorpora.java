package com.precis.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The annotated corpora of {@code ../shared/corpus/ner} and how they are split (see its README):
 * trained on, tuned on (dev), and held back (never tuned on: the news half of PUD, GUM's test
 * documents). GMB is silver: every second record of its train split is used.
 */
public final class NerCorpora {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final LabelMapping mapping;

    NerCorpora(Path root, LabelMapping mapping) {
        this.root = root;
        this.mapping = mapping;
    }

    /** Every part, in a fixed order: train parts, then dev, then held back. */
    List<CorpusPart> all() throws IOException {
        List<CorpusPart> parts = new ArrayList<>();
        parts.addAll(train());
        parts.addAll(dev());
        parts.addAll(heldBack());
        return parts;
    }

    List<CorpusPart> train() throws IOException {
        return List.of(
                part("pud-wiki", CorpusPart.Use.TRAIN, "uner_en_pud/uner-en-pud.jsonl", d -> d.id().startsWith("w")),
                part("ewt-test", CorpusPart.Use.TRAIN, "uner_en_ewt/uner-en-ewt-test.jsonl", d -> true),
                part("gum-train", CorpusPart.Use.TRAIN, "gum/gum-ner-train.jsonl", d -> true),
                part("crossner-train", CorpusPart.Use.TRAIN, "crossner_politics/crossner-politics-train.jsonl", d -> true),
                part("crossner-test", CorpusPart.Use.TRAIN, "crossner_politics/crossner-politics-test.jsonl", d -> true),
                part("re3d-train", CorpusPart.Use.TRAIN, "re3d/re3d-train.jsonl", d -> true),
                everySecond(part("gmb-train", CorpusPart.Use.TRAIN, "gmb_kaggle/gmb-kaggle-train.jsonl", d -> true)));
    }

    /** The train parts whole (GMB's too): their text, without labels, teaches the word clusters. */
    List<CorpusPart> unlabeled() throws IOException {
        List<CorpusPart> parts = new ArrayList<>(train());
        parts.set(parts.size() - 1, part("gmb-train", CorpusPart.Use.TRAIN, "gmb_kaggle/gmb-kaggle-train.jsonl", d -> true));
        return parts;
    }

    List<CorpusPart> dev() throws IOException {
        return List.of(
                part("gum-dev", CorpusPart.Use.DEV, "gum/gum-ner-dev.jsonl", d -> true),
                part("re3d-dev", CorpusPart.Use.DEV, "re3d/re3d-dev.jsonl", d -> true),
                part("crossner-dev", CorpusPart.Use.DEV, "crossner_politics/crossner-politics-dev.jsonl", d -> true),
                part("ewt-dev", CorpusPart.Use.DEV, "uner_en_ewt/uner-en-ewt-dev.jsonl", d -> true),
                part("gmb-dev", CorpusPart.Use.DEV, "gmb_kaggle/gmb-kaggle-dev.jsonl", d -> true));
    }

    List<CorpusPart> heldBack() throws IOException {
        return List.of(
                part("pud-news", CorpusPart.Use.HELD_BACK, "uner_en_pud/uner-en-pud.jsonl", d -> d.id().startsWith("n")),
                part("gum-test", CorpusPart.Use.HELD_BACK, "gum/gum-ner-test.jsonl", d -> true),
                part("gum-test news+interview", CorpusPart.Use.HELD_BACK, "gum/gum-ner-test.jsonl",
                        d -> "news".equals(d.genre()) || "interview".equals(d.genre())));
    }

    private static CorpusPart everySecond(CorpusPart p) {
        List<GoldDocument> kept = new ArrayList<>();
        for (int i = 0; i < p.documents().size(); i += 2) {
            kept.add(p.documents().get(i));
        }
        return new CorpusPart(p.name(), p.use(), kept);
    }

    private CorpusPart part(String name, CorpusPart.Use use, String file, Predicate<GoldDocument> keep) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        for (GoldDocument d : read(root.resolve(file), name)) {
            if (keep.test(d)) {
                docs.add(d);
            }
        }
        return new CorpusPart(name, use, docs);
    }

    /** Reads a JSON-lines file of the shared format; offsets there are code points, here UTF-16. */
    List<GoldDocument> read(Path file, String corpus) throws IOException {
        List<GoldDocument> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = JSON.readTree(line);
                String text = doc.get("text").asText();
                List<GoldSpan> spans = new ArrayList<>();
                for (JsonNode e : doc.get("entities")) {
                    int start = text.offsetByCodePoints(0, e.get("start").asInt());
                    int end = text.offsetByCodePoints(start, e.get("end").asInt() - e.get("start").asInt());
                    GoldSpan s = mapping.map(corpus, text, start, end, e.get("type").asText());
                    if (s != null) {
                        spans.add(s);
                    }
                }
                String genre = doc.has("genre") ? doc.get("genre").asText() : "";
                out.add(new GoldDocument(doc.get("id").asText(), text, spans, genre));
            }
        }
        return out;
    }
}
