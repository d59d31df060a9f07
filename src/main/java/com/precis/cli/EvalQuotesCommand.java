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

    private EvalQuotesCommand() {
    }

    static int run(String[] args) throws IOException {
        Path dir = Path.of("eval/annotated");
        Evaluation.Split split = Evaluation.Split.ALL;
        int worst = 5;
        String details = null;
        String show = null;
        int timing = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = Evaluation.Split.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--details" -> details = args[++i];
                case "--show" -> show = args[++i];
                case "--timing" -> timing = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
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
