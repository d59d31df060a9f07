package com.precis.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Speaker choice scored on the GUM quote corpus: of its direct quotes with a gold speaker, how many
 * were found and given the right speaker; and of its gold attribution relations (indirect speech
 * too, each content taken as the quote), how many got the right source. "Named" counts those whose
 * gold span names the speaker (not "he", not a title).
 */
public final class GumEvaluation {

    private int documents;
    private int attributedQuotes;
    private int foundQuotes;
    private final Ratio namedQuotes = new Ratio();
    private final Ratio allQuotes = new Ratio();
    private final Ratio namedRelations = new Ratio();
    private final Ratio allRelations = new Ratio();
    private int reachableRelations;

    public static GumEvaluation run(List<GumCorpus.Document> documents, SpeakerExamples examples) {
        GumEvaluation e = new GumEvaluation();
        for (GumCorpus.Document d : documents) {
            e.documents++;
            e.attributedQuotes += SpeakerExamples.attributedQuotes(d);
            for (SpeakerExamples.Labelled l : examples.gumQuotes(d)) {
                if (l.goldNone()) {
                    continue;
                }
                e.foundQuotes++;
                boolean right = l.right(l.decision().chosen());
                e.allQuotes.count(right);
                if (l.named()) {
                    e.namedQuotes.count(right);
                }
            }
            for (SpeakerExamples.Labelled l : examples.gumRelations(d)) {
                boolean right = l.right(l.decision().chosen());
                e.allRelations.count(right);
                if (l.named()) {
                    e.namedRelations.count(right);
                }
                if (l.reachable()) {
                    e.reachableRelations++;
                }
            }
        }
        return e;
    }

    public Ratio namedQuotes() {
        return namedQuotes;
    }

    public Ratio allQuotes() {
        return allQuotes;
    }

    public Ratio namedRelations() {
        return namedRelations;
    }

    public Ratio allRelations() {
        return allRelations;
    }

    /** One line of figures for a split. */
    public void print(String split, PrintStream out) {
        out.printf(Locale.ROOT, "| %s | %d | %d/%d | %s | %s | %s | %s | %d/%d |%n", split, documents, foundQuotes,
                attributedQuotes, ratio(namedQuotes), ratio(allQuotes), ratio(namedRelations), ratio(allRelations),
                reachableRelations, allRelations.total());
    }

    public static void header(PrintStream out) {
        out.println("| GUM split | docs | attributed direct quotes found | speaker right, named | speaker right, all "
                + "| relations: source right, named | relations: source right, all | relations whose source is a candidate |");
        out.println("|---|---|---|---|---|---|---|---|");
    }

    private static String ratio(Ratio r) {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", r.value(), r.right(), r.total());
    }
}
