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

    static final Usage USAGE = new Usage("train-ner [--corpus DIR] [--pages DIR] [--out DIR] [--epochs N]",
            "Builds the name tagger's model and word clusters from the annotated corpora and the text of the\n"
                    + "unlabeled pages (less the pages annotated in eval/annotated), writes them into DIR, then prints\n"
                    + "the dev and held-back figures. Deterministic: the same inputs give the same files.",
            List.of(Usage.option("--corpus", "DIR", "the annotated corpora (default ../shared/corpus/ner)"),
                    Usage.option("--pages", "DIR", "unlabeled pages (default ../shared/corpus/readability-test-pages)"),
                    Usage.option("--out", "DIR", "where the model goes (default src/main/resources/com/precis/ner)"),
                    Usage.option("--epochs", "N", "training passes (default " + NerTraining.EPOCHS + ")")));

    private TrainNerCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        args.noPositionals("");
        Path corpus = Path.of(args.value("--corpus", "../shared/corpus/ner"));
        Path pages = Path.of(args.value("--pages", "../shared/corpus/readability-test-pages"));
        Path out = Path.of(args.value("--out", "src/main/resources/com/precis/ner"));
        int epochs = args.intBetween("--epochs", NerTraining.EPOCHS, 1, 1000);
        if (!Files.isDirectory(corpus)) {
            throw new CommandFailure("no corpus folder " + corpus + " (give --corpus DIR)");
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
