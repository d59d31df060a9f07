package com.precis.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Prints an evaluation as the table (measure, Precis, target), then the worst articles. */
public final class ScoreTable {

    private ScoreTable() {
    }

    public static void print(Evaluation e, String folder, String split, int worst, PrintStream out) {
        int articles = e.articles().size();
        long nanos = 0;
        for (ArticleScore s : e.articles()) {
            nanos += s.nanos;
        }
        out.printf(Locale.ROOT, "eval-quotes: %d annotated articles in %s (%s); %d gold quotes of 4+ words, %d gold actors%n%n",
                articles, folder, split, e.quotes().tp() + e.quotes().fn(), e.actors().tp() + e.actors().fn());
        out.println("| measure | Precis | target |");
        out.println("|---|---|---|");
        Counts q = e.quotes();
        out.printf(Locale.ROOT, "| direct quotes F1 (≥ 4 words, token-set Jaccard ≥ 0.5) | %.3f (P %.3f, R %.3f) | ≥ 0.96 |%n",
                q.f1(), q.precision(), q.recall());
        out.printf(Locale.ROOT, "| speaker right, quotes with a named speaker | %.3f (%d/%d) | ≥ 0.92 |%n",
                e.namedSpeakers().value(), e.namedSpeakers().right(), e.namedSpeakers().total());
        out.printf(Locale.ROOT, "| speaker right, all quotes (pronoun speakers resolved) | %.3f (%d/%d) | ≥ 0.85 |%n",
                e.allSpeakers().value(), e.allSpeakers().right(), e.allSpeakers().total());
        Counts a = e.actors();
        out.printf(Locale.ROOT, "| actors F1, all types, per document | %.3f (P %.3f, R %.3f; untyped %.3f; macro %.3f) | ≥ 0.85 |%n",
                a.f1(), a.precision(), a.recall(), e.actorsUntyped().f1(), e.macroActorF1());
        Counts per = e.actorsOfType(ArticleScore.Bucket.PERSON);
        Counts org = e.actorsOfType(ArticleScore.Bucket.ORGANIZATION);
        Counts loc = e.actorsOfType(ArticleScore.Bucket.LOCATION);
        out.printf(Locale.ROOT, "| persons / organisations / locations F1 | %.3f / %.3f / %.3f | ≥ 0.92 / 0.80 / 0.88 |%n",
                per.f1(), org.f1(), loc.f1());
        out.printf(Locale.ROOT, "%nspeaker accuracy is over the gold quotes that were found; analysis took %.1f ms per article "
                + "(cold, including JIT warm-up)%n", articles == 0 ? 0 : nanos / 1e6 / articles);
        if (worst <= 0 || articles == 0) {
            return;
        }
        List<ArticleScore> sorted = new ArrayList<>(e.articles());
        sorted.sort(Comparator.comparingDouble(ArticleScore::badness).reversed());
        out.printf(Locale.ROOT, "%nworst articles (quote F1, speakers right, actor F1):%n");
        for (ArticleScore s : sorted.subList(0, Math.min(worst, sorted.size()))) {
            out.printf(Locale.ROOT, "%n%s: quotes %.2f (%d found, %d missed, %d spurious), speakers %d/%d, actors %.2f (%d found, %d missed, %d spurious)%n",
                    s.id, s.quotes.f1(), s.quotes.tp(), s.quotes.fn(), s.quotes.fp(), s.allSpeakers.right(),
                    s.allSpeakers.total(), s.actors.f1(), s.actors.tp(), s.actors.fn(), s.actors.fp());
            int shown = 0;
            for (String p : s.problems) {
                if (shown++ >= 12) {
                    out.printf("  … %d more%n", s.problems.size() - 12);
                    break;
                }
                out.println("  " + p);
            }
        }
    }

    /** Every problem of one article. */
    public static void details(ArticleScore s, PrintStream out) {
        out.println(s.id + ":");
        for (String p : s.problems) {
            out.println("  " + p);
        }
    }
}
