package com.precis.cli;

import com.precis.eval.AnnotatedArticle;
import com.precis.eval.AnnotationReader;
import com.precis.eval.ArticleScore;
import com.precis.eval.Evaluation;
import com.precis.eval.ScoreTable;
import com.precis.pipeline.Precis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code eval-quotes [DIR] [--split all|dev|check] [--worst N] [--details ID] [--show ID] [--timing N]}: scores quotes,
 * speakers and actors on a folder of hand-annotated articles (default eval/annotated) and prints
 * the table of the measures, then the worst articles.
 */
final class EvalQuotesCommand {

    static final Usage USAGE = new Usage(
            "eval-quotes [DIR] [--split all|dev|check] [--worst N] [--details ID|all] [--show ID] [--timing N]",
            "Scores quotes, speakers and actors on a folder of hand-annotated articles (default eval/annotated)\n"
                    + "and prints the table of the measures, then the worst articles.",
            List.of(Usage.option("--split", "all|dev|check", "which part of the set to score (default all)"),
                    Usage.option("--worst", "N", "list the N worst articles (default 5)"),
                    Usage.option("--details", "ID|all", "print one article's (or every article's) matches"),
                    Usage.option("--show", "ID", "print the quotes and actors found in one article"),
                    Usage.option("--timing", "N", "also time N warm runs of the analysis")));

    private EvalQuotesCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
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
}
