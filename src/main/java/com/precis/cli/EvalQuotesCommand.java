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

    static final Usage USAGE = new Usage(
            "eval-quotes [DIR] [--split all|dev|check] [--worst N] [--details ID|all] [--show ID] [--timing N] [--corpus gum [--gum DIR]]",
            "Scores quotes, speakers and actors on a folder of hand-annotated articles (default eval/annotated)\n"
                    + "and prints the table of the measures, then the worst articles. With --corpus gum, scores speaker\n"
                    + "choice on the GUM quote corpus instead (--split dev|test|check|train; check = dev+test).",
            List.of(Usage.option("--split", "all|dev|check", "which part of the set to score (default all)"),
                    Usage.option("--worst", "N", "list the N worst articles (default 5)"),
                    Usage.option("--details", "ID|all", "print one article's (or every article's) matches"),
                    Usage.option("--show", "ID", "print the quotes and actors found in one article"),
                    Usage.option("--timing", "N", "also time N warm runs of the analysis"),
                    Usage.option("--corpus", "annotated|gum", "score the annotated articles (default) or the GUM quote corpus"),
                    Usage.option("--gum", "DIR", "the GUM quote corpus (default ../shared/corpus/quotes/gum)")));

    private EvalQuotesCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        String corpus = args.value("--corpus", "annotated");
        String splitName = args.value("--split");
        if (corpus.equals("gum")) {
            return gum(Path.of(args.value("--gum", "../shared/corpus/quotes/gum")),
                    splitName == null ? null : splitName.toLowerCase(Locale.ROOT));
        }
        if (!corpus.equals("annotated")) {
            throw args.error("--corpus is annotated or gum, not '" + corpus + "'");
        }
        Path dir = Path.of(args.optionalPositional("eval/annotated"));
        Evaluation.Split split;
        try {
            split = Evaluation.Split.valueOf(args.value("--split", "all").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw args.error("--split is all, dev or check, not '" + args.value("--split") + "'");
        }
        int worst = args.positiveInt("--worst", 5);
        String details = args.value("--details");
        String show = args.value("--show");
        int timing = args.flag("--timing") ? args.positiveInt("--timing", 1) : 0;
        if (!Files.isDirectory(dir)) {
            throw new CommandFailure("no such folder: " + dir + " (give the annotated articles' folder as DIR)");
        }
        List<AnnotatedArticle> set = AnnotationReader.readFolder(dir);
        if (set.isEmpty()) {
            throw new CommandFailure("no annotated articles (NAME.json with NAME.txt) in " + dir);
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
                    throw new CommandFailure("no file " + f + " (splits: dev, test, check = dev+test, train; --gum DIR names the corpus)");
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
