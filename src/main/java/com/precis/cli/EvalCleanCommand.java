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

    static final Usage USAGE = new Usage(
            "eval-clean [DIR] [--gold DIR] [--annotated DIR] [--worst N] [--all] [--show PAGE] [--passes N] [--split dev|check|all]",
            "Scores the cleaner on a folder of pages with gold bodies (default ../shared/corpus/readability-test-pages),\n"
                    + "on each HTML page and on a text dump made from it, and prints the F1 table.",
            List.of(Usage.option("--gold", "DIR", "hand-written gold bodies and titles.tsv (default eval/gold-bodies)"),
                    Usage.option("--annotated", "DIR", "bodies corrected for annotation (default eval/annotated)"),
                    Usage.option("--worst", "N", "list the N worst pages (default 10)"),
                    Usage.flag("--all", "score every page, the excluded ones too"),
                    Usage.option("--show", "PAGE", "print one page's text dump with the lines kept marked"),
                    Usage.option("--passes", "N", "run N times and report the last, warm, pass's timings"),
                    Usage.option("--split", "dev|check|all", "the half whose worst pages and wrong titles are listed (default dev)")));

    private EvalCleanCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        Path corpus = Path.of(args.optionalPositional("../shared/corpus/readability-test-pages"));
        Path gold = Path.of(args.value("--gold", "eval/gold-bodies"));
        Path annotated = Path.of(args.value("--annotated", "eval/annotated"));
        int worst = args.positiveInt("--worst", 10);
        boolean all = args.flag("--all");
        String show = args.value("--show");
        int passes = args.positiveInt("--passes", 1);
        CleanSplit listed;
        try {
            listed = CleanSplit.parse(args.value("--split", "dev"));
        } catch (IllegalArgumentException e) {
            throw args.error("--split is dev, check or all, not '" + args.value("--split") + "'");
        }
        if (!Files.isDirectory(corpus)) {
            throw new CommandFailure("no such folder: " + corpus + " (give the corpus folder as DIR)");
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
