package com.precis.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Prints the cleaning evaluation: the F1 table, titles, metadata fill rates and the worst pages. */
public final class CleanReport {

    private CleanReport() {
    }

    /** The whole report; the worst pages and wrong titles are listed from the pages of {@code listed} only. */
    public static void print(List<PageResult> all, String corpus, int worst, CleanSplit listed, PrintStream out) {
        List<PageResult> counted = all.stream().filter(PageResult::counts).toList();
        List<PageResult> other = all.stream().filter(r -> r.kind().equals("not-article")).toList();
        long fixtures = all.stream().filter(r -> r.kind().equals("fixture")).count();
        long hand = counted.stream().filter(PageResult::handWrittenGold).count();
        out.printf(Locale.ROOT, "Cleaning evaluation of %s: %d article pages counted (%d not articles and %d fixtures "
                + "not counted; see excluded-pages.txt); gold bodies: %d written or corrected by hand, %d Readability's "
                + "expected.html%n%n", corpus, counted.size(), other.size(), fixtures, hand, counted.size() - hand);
        List<PageResult> dev = half(counted, CleanSplit.DEV);
        List<PageResult> check = half(counted, CleanSplit.CHECK);
        out.println("| system | pages | precision | recall | F1 |");
        out.println("|---|---|---|---|---|");
        row(out, "Precis on the HTML page", counted, PageResult::html);
        row(out, "  dev half", dev, PageResult::html);
        row(out, "  check half", check, PageResult::html);
        row(out, "Precis on the text dump", counted, PageResult::dump);
        row(out, "  dev half", dev, PageResult::dump);
        row(out, "  check half", check, PageResult::dump);
        row(out, "whole page text (the floor)", counted, PageResult::floor);
        row(out, "Precis on the plain-text article (gold headline, then gold body)", counted, PageResult::plain);
        row(out, "  dev half", dev, PageResult::plain);
        row(out, "  check half", check, PageResult::plain);
        if (!other.isEmpty()) {
            row(out, "(not counted) HTML, not-article pages", other, PageResult::html);
            row(out, "(not counted) text dump, not-article pages", other, PageResult::dump);
        }
        out.println();
        titles(out, "all", counted);
        titles(out, "dev half", dev);
        titles(out, "check half", check);
        plainTitles(out, "all", counted);
        plainTitles(out, "dev half", dev);
        plainTitles(out, "check half", check);
        List<PageResult> headlineFirst = counted.stream().filter(PageResult::dumpOpensWithTitle).toList();
        long firstRight = headlineFirst.stream().filter(PageResult::dumpTitleRight).count();
        out.printf(Locale.ROOT, "title right on the dumps whose first line is the headline: %d/%d (%.1f %%)%n", firstRight,
                headlineFirst.size(), pct(firstRight, headlineFirst.size()));
        out.print("metadata filled where the page states it (HTML | text dump):");
        for (int f = 0; f < PageResult.MetadataFill.FIELDS.length; f++) {
            int stated = 0;
            int html = 0;
            int dump = 0;
            for (PageResult r : counted) {
                if (r.fill().stated()[f]) {
                    stated++;
                    html += r.fill().html()[f] ? 1 : 0;
                    dump += r.fill().dump()[f] ? 1 : 0;
                }
            }
            out.printf(Locale.ROOT, "%n  %-12s %3d/%-3d %5.1f %%  | %3d/%-3d %5.1f %%", PageResult.MetadataFill.FIELDS[f],
                    html, stated, pct(html, stated), dump, stated, pct(dump, stated));
        }
        out.println();
        out.printf(Locale.ROOT, "time per page (sniff, decode, clean; last pass): HTML median %.1f ms, p90 %.1f ms; "
                + "text dump median %.1f ms, p90 %.1f ms%n", percentile(counted, PageResult::htmlNanos, 50),
                percentile(counted, PageResult::htmlNanos, 90), percentile(counted, PageResult::dumpNanos, 50),
                percentile(counted, PageResult::dumpNanos, 90));
        if (worst > 0) {
            List<PageResult> shown = half(counted, listed);
            String which = listed == CleanSplit.ALL ? "" : ", " + listed.name().toLowerCase(Locale.ROOT) + " half";
            worst(out, "HTML" + which, shown, PageResult::html, worst);
            worst(out, "text dump" + which, shown, PageResult::dump, worst);
            worst(out, "plain-text article" + which, shown, PageResult::plain, worst);
            wrongTitles(out, "HTML" + which, shown, PageResult::htmlTitleRight, PageResult::htmlTitle);
            wrongTitles(out, "text dump" + which, shown, PageResult::dumpTitleRight, PageResult::dumpTitle);
            wrongTitles(out, "plain-text article" + which, shown, PageResult::plainTitleRight, PageResult::plainTitle);
            wrongTitles(out, "plain-text article, headline with a full stop" + which, shown,
                    PageResult::plainStopTitleRight, PageResult::plainStopTitle);
        }
    }

    private static List<PageResult> half(List<PageResult> results, CleanSplit split) {
        return results.stream().filter(r -> split.contains(r.name())).toList();
    }

    private static void plainTitles(PrintStream out, String label, List<PageResult> results) {
        long withTitle = results.stream().filter(r -> r.goldTitle() != null).count();
        long right = results.stream().filter(PageResult::plainTitleRight).count();
        long stop = results.stream().filter(PageResult::plainStopTitleRight).count();
        out.printf(Locale.ROOT, "plain-text article, headline taken as the title (%s): %d/%d (%.1f %%); with a full stop "
                + "after the headline: %d/%d (%.1f %%)%n", label, right, withTitle, pct(right, withTitle), stop, withTitle,
                pct(stop, withTitle));
    }

    private static void titles(PrintStream out, String label, List<PageResult> results) {
        long withTitle = results.stream().filter(r -> r.goldTitle() != null).count();
        long htmlRight = results.stream().filter(PageResult::htmlTitleRight).count();
        long dumpRight = results.stream().filter(PageResult::dumpTitleRight).count();
        out.printf(Locale.ROOT, "title right (%s): HTML %d/%d (%.1f %%), text dump %d/%d (%.1f %%)%n", label, htmlRight,
                withTitle, pct(htmlRight, withTitle), dumpRight, withTitle, pct(dumpRight, withTitle));
    }

    private static void wrongTitles(PrintStream out, String kind, List<PageResult> results,
            java.util.function.Predicate<PageResult> right, Function<PageResult, String> found) {
        List<PageResult> wrong = results.stream().filter(right.negate()).toList();
        if (!wrong.isEmpty()) {
            out.println("\ntitles not right (" + kind + "): gold | found");
            for (PageResult r : wrong) {
                out.printf("  %-28s %s | %s%n", r.name(), r.goldTitle(), found.apply(r));
            }
        }
    }

    private static void row(PrintStream out, String name, List<PageResult> results, Function<PageResult, ShingleMatch> f) {
        ExtractionScore s = ExtractionScore.of(results.stream().map(f).toList());
        out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", name, results.size(), s.precision(), s.recall(), s.f1());
    }

    private static void worst(PrintStream out, String label, List<PageResult> results,
                              Function<PageResult, ShingleMatch> f, int n) {
        out.printf("%nworst pages (%s): F1 precision recall%n", label);
        results.stream().sorted(Comparator.comparingDouble(r -> f.apply(r).f1())).limit(n).forEach(r -> {
            ShingleMatch m = f.apply(r);
            out.printf(Locale.ROOT, "  %-32s %.3f  %.3f  %.3f%n", r.name(), m.f1(), m.precision(), m.recall());
        });
    }

    private static double percentile(List<PageResult> results, java.util.function.ToLongFunction<PageResult> f, int p) {
        long[] v = results.stream().mapToLong(f).sorted().toArray();
        return v.length == 0 ? 0 : v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)] / 1e6;
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
