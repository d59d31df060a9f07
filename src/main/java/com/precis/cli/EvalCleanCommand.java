package com.precis.cli;

import com.precis.clean.ArticleCleaner;
import com.precis.eval.CleanEvaluation;
import com.precis.eval.CleanReport;
import com.precis.eval.CleanSplit;
import com.precis.eval.PageResult;
import com.precis.eval.PageSelection;
import com.precis.text.LanguageDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code eval-clean [DIR] [--gold DIR] [--worst N] [--all] [--show PAGE] [--passes N] [--split dev|check|all]}: scores the cleaner on a folder of
 * pages with gold bodies, on each HTML page and on a text dump made from it, and prints the F1
 * table; --show prints one page's text dump with the lines the cleaner kept marked; --passes N runs
 * the whole evaluation N times and reports the timings of the last, warm, pass; --split names the half whose
 * worst pages and wrong titles are listed (dev by default: the check half's figures are printed, its pages not). DIR defaults to ../shared/corpus/readability-test-pages; hand-written gold bodies are
 * read from eval/gold-bodies (NAME.txt), then from eval/annotated (the bodies corrected by hand for
 * annotation), and gold titles from eval/gold-bodies/titles.tsv.
 */
final class EvalCleanCommand {

    private EvalCleanCommand() {
    }

    static int run(String[] args) throws IOException {
        Path corpus = Path.of("../shared/corpus/readability-test-pages");
        Path gold = Path.of("eval/gold-bodies");
        Path annotated = Path.of("eval/annotated");
        int worst = 10;
        boolean all = false;
        String show = null;
        int passes = 1;
        CleanSplit listed = CleanSplit.DEV;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[++i]);
                case "--annotated" -> annotated = Path.of(args[++i]);
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--all" -> all = true;
                case "--show" -> show = args[++i];
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--split" -> listed = CleanSplit.parse(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (!Files.isDirectory(corpus)) {
            System.err.println("usage: eval-clean [DIR] [--gold DIR] [--annotated DIR] [--worst N] [--all] [--show PAGE] [--passes N] [--split dev|check|all]\nno folder " + corpus);
            return 2;
        }
        ArticleCleaner cleaner = ArticleCleaner.standard(LanguageDetector.standard());
        CleanEvaluation evaluation = new CleanEvaluation(cleaner, all ? PageSelection.everything() : PageSelection.standard(),
                gold, annotated, CleanEvaluation.readGoldTitles(gold.resolve("titles.tsv")));
        if (show != null) {
            if (!CleanSplit.DEV.contains(show)) {
                System.err.println("note: " + show + " is in the check half; tuning on what it shows spoils the check figures");
            }
            evaluation.show(corpus.resolve(show), System.out);
            return 0;
        }
        List<PageResult> results = evaluation.run(corpus);
        for (int pass = 1; pass < passes; pass++) {
            results = evaluation.run(corpus); // timings of a warm JVM
        }
        CleanReport.print(results, corpus.toString(), worst, listed, System.out);
        return 0;
    }
}
