package com.precis.cli;

import com.precis.actors.ActorExtractor;
import com.precis.eval.AnnotatedArticle;
import com.precis.eval.AnnotationReader;
import com.precis.eval.ArticleScore;
import com.precis.eval.Evaluation;
import com.precis.eval.GumCorpus;
import com.precis.eval.GumEvaluation;
import com.precis.eval.ScoreTable;
import com.precis.eval.SpeakerExamples;
import com.precis.pipeline.Precis;
import com.precis.quotes.QuoteExtractor;
import com.precis.text.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code eval-quotes [DIR] [--split all|dev|check] [--worst N] [--details ID] [--show ID] [--timing N]}: scores quotes,
 * speakers and actors on a folder of hand-annotated articles (default eval/annotated) and prints
 * the dev half and the untuned check half each on a line, the table of the measures, then the worst
 * articles. {@code eval-quotes --corpus gum [--split dev|test|check|train] [--gum DIR]} scores speaker
 * choice on the GUM quote corpus instead.
 */
final class EvalQuotesCommand {

    private EvalQuotesCommand() {
    }

    static int run(String[] args) throws IOException {
        Path dir = Path.of("eval/annotated");
        Evaluation.Split split = Evaluation.Split.ALL;
        String splitName = null;
        int worst = 5;
        String details = null;
        String show = null;
        int timing = 0;
        String corpus = "annotated";
        Path gum = Path.of("../shared/corpus/quotes/gum");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> splitName = args[++i].toLowerCase(Locale.ROOT);
                case "--corpus" -> corpus = args[++i];
                case "--gum" -> gum = Path.of(args[++i]);
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--details" -> details = args[++i];
                case "--show" -> show = args[++i];
                case "--timing" -> timing = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        if (corpus.equals("gum")) {
            return gum(gum, splitName);
        }
        if (!corpus.equals("annotated")) {
            System.err.println("eval-quotes: --corpus is annotated or gum, not " + corpus);
            return 2;
        }
        if (splitName != null) {
            split = Evaluation.Split.valueOf(splitName.toUpperCase(Locale.ROOT));
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("eval-quotes: no folder " + dir);
            return 2;
        }
        List<AnnotatedArticle> set = AnnotationReader.readFolder(dir);
        if (set.isEmpty()) {
            System.err.println("eval-quotes: no annotated articles (NAME.json with NAME.txt) in " + dir);
            return 2;
        }
        Precis precis = Precis.standard();
        if (show != null) {
            for (AnnotatedArticle a : set) {
                if (a.id().equals(show)) {
                    var out = Evaluation.analyze(precis, a);
                    out.quotes().forEach(q -> System.out.println("quote " + q));
                    out.actors().forEach(x -> System.out.println("actor " + x));
                }
            }
            return 0;
        }
        if (split == Evaluation.Split.ALL) {
            // The weights' threshold is tuned on the dev half; the check half is never tuned on.
            System.out.println("| half | quotes F1 | speaker right, named | speaker right, all |");
            System.out.println("|---|---|---|---|");
            halfLine("dev (tuned on)", Evaluation.run(precis, set, Evaluation.Split.DEV));
            halfLine("check (untuned)", Evaluation.run(precis, set, Evaluation.Split.CHECK));
            System.out.println();
        }
        Evaluation e = Evaluation.run(precis, set, split);
        if (timing > 0) {
            // Warm runs of the analysis stages alone: what a long-lived Lambda spends per article.
            long started = System.nanoTime();
            int articles = 0;
            for (int r = 0; r < timing; r++) {
                for (AnnotatedArticle a : set) {
                    Evaluation.analyze(precis, a);
                    articles++;
                }
            }
            System.out.printf(Locale.ROOT, "warm analysis: %.2f ms per article over %d runs%n",
                    (System.nanoTime() - started) / 1e6 / articles, articles);
        }
        ScoreTable.print(e, dir.toString(), split.name().toLowerCase(Locale.ROOT), worst, System.out);
        if (details != null) {
            for (ArticleScore s : e.articles()) {
                if (s.id().equals(details) || details.equals("all")) {
                    System.out.println();
                    ScoreTable.details(s, System.out);
                }
            }
        }
        return 0;
    }

    private static void halfLine(String half, Evaluation e) {
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f (%d/%d) | %.3f (%d/%d) |%n", half, e.quotes().f1(),
                e.namedSpeakers().value(), e.namedSpeakers().right(), e.namedSpeakers().total(),
                e.allSpeakers().value(), e.allSpeakers().right(), e.allSpeakers().total());
    }

    /** Speaker choice on the GUM quote corpus: dev, test and both, or the one split asked for. */
    private static int gum(Path dir, String split) throws IOException {
        List<String> splits = split == null ? List.of("dev", "test", "check") : List.of(split);
        for (String name : splits) {
            for (Path f : GumCorpus.files(dir, name)) {
                if (!Files.isRegularFile(f)) {
                    System.err.println("eval-quotes: no file " + f + " (splits: dev, test, check = dev+test, train)");
                    return 2;
                }
            }
        }
        SentenceSplitter splitter = SentenceSplitter.standard();
        SpeakerExamples examples = new SpeakerExamples(ActorExtractor.standard(), QuoteExtractor.standard());
        System.out.println("eval-quotes: GUM quote corpus in " + dir + "; the weights are trained on train, never on dev or test");
        System.out.println();
        GumEvaluation.header(System.out);
        for (String name : splits) {
            List<GumCorpus.Document> docs = new ArrayList<>();
            for (Path f : GumCorpus.files(dir, name)) {
                docs.addAll(GumCorpus.read(f, splitter));
            }
            GumEvaluation.run(docs, examples).print(name.equals("check") ? "dev+test" : name, System.out);
        }
        return 0;
    }
}
