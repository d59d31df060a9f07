package com.precis.cli;

import com.precis.actors.ActorExtractor;
import com.precis.eval.AnnotatedArticle;
import com.precis.eval.AnnotationReader;
import com.precis.eval.Evaluation;
import com.precis.eval.GumCorpus;
import com.precis.eval.SpeakerExamples;
import com.precis.quotes.CueLexicon;
import com.precis.quotes.QuoteExtractor;
import com.precis.quotes.SpeakerScore;
import com.precis.quotes.SpeakerTrainer;
import com.precis.text.LanguageDetector;
import com.precis.text.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code train-speakers [--gum DIR] [--annotated DIR] [--out FILE] [--cv]}: learns the speaker-choice weights
 * from GUM's train split (its direct quotes and every attribution relation, indirect speech too),
 * tunes the threshold on the dev half of the annotated articles, and writes the weights resource.
 * Deterministic: the same corpus and code give the same file. {@code --cv} prints the
 * cross-validated accuracy of the training settings instead.
 */
final class TrainSpeakersCommand {

    private static final Path WEIGHTS = Path.of("src/main/resources/com/precis/quotes/speaker-weights.txt");

    private TrainSpeakersCommand() {
    }

    static final Usage USAGE = new Usage("train-speakers [--gum DIR] [--annotated DIR] [--out FILE] [--cv]",
            "Learns the speaker-choice weights from GUM's train split and the annotated dev half, tunes the\n"
                    + "threshold on that dev half, and writes the weights resource. Deterministic.",
            List.of(Usage.option("--gum", "DIR", "the GUM quote corpus (default ../shared/corpus/quotes/gum)"),
                    Usage.option("--annotated", "DIR", "the annotated articles (default eval/annotated)"),
                    Usage.option("--out", "FILE", "where to write the weights (default " + WEIGHTS + ")"),
                    Usage.flag("--cv", "print the cross-validated accuracy of the training settings instead")));

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        args.noPositionals("");
        Path gum = Path.of(args.value("--gum", "../shared/corpus/quotes/gum"));
        Path annotated = Path.of(args.value("--annotated", "eval/annotated"));
        Path out = args.value("--out") != null ? Path.of(args.value("--out")) : WEIGHTS;
        boolean cv = args.flag("--cv");
        Path train = GumCorpus.files(gum, "train").get(0);
        if (!Files.isRegularFile(train) || !Files.isDirectory(annotated)) {
            throw new CommandFailure("needs " + train + " and the folder " + annotated + " (run it from the project folder, or give --gum and --annotated)");
        }
        SentenceSplitter splitter = SentenceSplitter.standard();
        ActorExtractor actors = ActorExtractor.standard();
        CueLexicon cues = CueLexicon.standard();
        // Training examples are read with the old rules' order, so the weights do not depend on the shipped ones.
        SpeakerExamples reading = new SpeakerExamples(actors, new QuoteExtractor(cues, SpeakerTrainer.ruleOrder()));
        List<SpeakerTrainer.Example> examples = new ArrayList<>();
        int quotes = 0;
        int relations = 0;
        for (GumCorpus.Document d : GumCorpus.read(train, splitter)) {
            for (SpeakerExamples.Labelled l : reading.gumQuotes(d)) {
                if (!l.goldNone()) {
                    examples.add(new SpeakerTrainer.Example(l.features(), l.gold()));
                    quotes++;
                }
            }
            for (SpeakerExamples.Labelled l : reading.gumRelations(d)) {
                examples.add(new SpeakerTrainer.Example(l.features(), l.gold()));
                relations++;
            }
        }
        LanguageDetector languages = LanguageDetector.standard();
        List<AnnotatedArticle> devArticles = new ArrayList<>();
        for (AnnotatedArticle a : AnnotationReader.readFolder(annotated)) {
            if (Evaluation.inSplit(a.id(), Evaluation.Split.DEV)) {
                devArticles.add(a);
            }
        }
        int news = 0;
        for (AnnotatedArticle a : devArticles) {
            for (SpeakerExamples.Labelled l : reading.annotated(a, splitter, languages)) {
                if (!l.goldNone()) {
                    examples.add(new SpeakerTrainer.Example(l.features(), l.gold()));
                    news++;
                }
            }
        }
        if (cv) {
            // How the prior's scale and the L2 strength were chosen: 5-fold cross-validation on the training examples.
            for (double prior : new double[] {0, 0.05, 0.1, 0.2, 0.5}) {
                for (double l2 : new double[] {0.001, 0.01, 0.1}) {
                    System.out.printf(Locale.ROOT, "cv: prior %.2f, l2 %.3f: %.4f%n", prior, l2,
                            SpeakerTrainer.crossValidate(examples, prior, l2, 5));
                }
            }
            return 0;
        }
        double[] weights = SpeakerTrainer.train(examples);

        SpeakerExamples tuning = new SpeakerExamples(actors, new QuoteExtractor(cues, new SpeakerScore(weights, 0)));
        List<SpeakerTrainer.Example> dev = new ArrayList<>();
        List<Boolean> none = new ArrayList<>();
        for (AnnotatedArticle a : devArticles) {
            for (SpeakerExamples.Labelled l : tuning.annotated(a, splitter, languages)) {
                dev.add(new SpeakerTrainer.Example(l.features(), l.gold()));
                none.add(l.goldNone());
            }
        }
        boolean[] goldNone = new boolean[none.size()];
        for (int i = 0; i < goldNone.length; i++) {
            goldNone[i] = none.get(i);
        }
        SpeakerScore score = new SpeakerScore(weights, SpeakerTrainer.threshold(weights, dev, goldNone));
        String header = String.format(Locale.ROOT, """
                # Speaker-choice weights (SpeakerScore), written by `java -jar target/precis.jar train-speakers`:
                # an averaged ranking perceptron over %d examples: GUM train's %d direct quotes and %d attribution
                # relations, and %d attributed quotes of eval/annotated's dev half; the threshold tuned on the %d
                # quotes of that dev half. Do not edit by hand: change the features or the data and train again.
                """, quotes + relations + news, quotes, relations, news, dev.size());
        Files.writeString(out, header + score.format(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "train-speakers: %d examples (GUM train: %d quotes, %d relations; annotated dev: %d quotes); "
                + "threshold %.4f on %d dev quotes; wrote %s%n", quotes + relations + news, quotes, relations, news,
                score.threshold(), dev.size(), out);
        return 0;
    }
}
