package com.precis.cli;

import com.precis.ner.NerTagger;
import com.precis.ner.train.NerTraining;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * {@code train-ner [--corpus DIR] [--pages DIR] [--out DIR] [--epochs N]}: builds the tagger's
 * model and word clusters from the annotated corpora (default ../shared/corpus/ner) and the text of
 * the unlabeled pages (default ../shared/corpus/readability-test-pages, less the pages annotated in
 * eval/annotated), writes them into DIR (default the source resources), then prints the dev and
 * held-back figures.
 */
final class TrainNerCommand {

    private TrainNerCommand() {
    }

    static int run(String[] args) throws IOException {
        Path corpus = Path.of("../shared/corpus/ner");
        Path pages = Path.of("../shared/corpus/readability-test-pages");
        Path out = Path.of("src/main/resources/com/precis/ner");
        int epochs = NerTraining.EPOCHS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--pages" -> pages = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("train-ner: unknown argument " + args[i]);
                    return 2;
                }
            }
        }
        if (!Files.isDirectory(corpus)) {
            System.err.println("train-ner: no corpus folder " + corpus);
            return 2;
        }
        List<Path> texts = unlabeledTexts(pages, Path.of("eval/annotated"));
        NerTraining training = new NerTraining();
        NerTagger tagger = training.train(corpus, texts, out, epochs, System.err);
        training.evaluate(corpus, tagger, null, true, System.out, null);
        return 0;
    }

    /** The article text of each page's expected.html, as temporary files; pages annotated for eval-quotes are left out. */
    private static List<Path> unlabeledTexts(Path pages, Path annotated) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(pages)) {
            return out;
        }
        Path tmp = Files.createTempDirectory("precis-pages");
        tmp.toFile().deleteOnExit();
        try (Stream<Path> dirs = Files.list(pages)) {
            for (Path dir : dirs.sorted().toList()) {
                Path html = dir.resolve("expected.html");
                String name = dir.getFileName().toString();
                if (!Files.isRegularFile(html) || Files.exists(annotated.resolve(name + ".json"))) {
                    continue;
                }
                Path text = tmp.resolve(name + ".txt");
                Files.writeString(text, Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8)).text(), StandardCharsets.UTF_8);
                text.toFile().deleteOnExit();
                out.add(text);
            }
        }
        return out;
    }
}
