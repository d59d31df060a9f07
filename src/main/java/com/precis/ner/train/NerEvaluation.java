package com.precis.ner.train;

import com.precis.ner.Entity;
import com.precis.ner.EntityType;
import com.precis.ner.NerTagger;
import com.precis.text.SentenceSplitter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tags every document of the dev and held-back parts and prints entity-level P/R/F1 per corpus and type. */
final class NerEvaluation {

    private NerEvaluation() {
    }

    static NerScore score(CorpusPart part, NerTagger tagger, SentenceSplitter splitter, boolean documentPass,
                          PrintStream errors) {
        NerScore score = new NerScore();
        for (GoldDocument doc : part.documents()) {
            PreparedDocument p = PreparedDocument.of(doc, tagger, splitter);
            List<Entity> found = documentPass ? tagger.tag(p.text()) : tagger.tagSentences(p.text());
            List<GoldSpan> spans = new ArrayList<>();
            for (Entity e : found) {
                spans.add(PreparedDocument.span(p.text().tokens(), e));
            }
            score.add(doc.spans(), spans);
            if (errors != null) {
                errors(doc, spans, errors);
            }
        }
        return score;
    }

    /** Prints the names missed (-) and found wrongly (+), with their types, one per line. */
    private static void errors(GoldDocument doc, List<GoldSpan> found, PrintStream out) {
        java.util.Set<GoldSpan> gold = new java.util.HashSet<>(doc.spans());
        java.util.Set<GoldSpan> got = new java.util.HashSet<>(found);
        for (GoldSpan g : doc.spans()) {
            if (!got.contains(g)) {
                out.println("- " + g.type() + " " + doc.text().substring(g.start(), g.end()) + "   | " + context(doc.text(), g));
            }
        }
        for (GoldSpan f : found) {
            if (!gold.contains(f)) {
                out.println("+ " + f.type() + " " + doc.text().substring(f.start(), f.end()) + "   | " + context(doc.text(), f));
            }
        }
    }

    private static String context(String text, GoldSpan s) {
        return text.substring(Math.max(0, s.start() - 40), Math.min(text.length(), s.end() + 40)).replace('\n', ' ');
    }

    static void print(List<CorpusPart> parts, NerTagger tagger, SentenceSplitter splitter, boolean documentPass,
                      PrintStream out, PrintStream errors) {
        out.println("| corpus | split | names | PER P/R/F1 | ORG P/R/F1 | LOC P/R/F1 | typed micro P/R/F1 |");
        out.println("|---|---|---|---|---|---|---|");
        for (CorpusPart part : parts) {
            NerScore s = score(part, tagger, splitter, documentPass, errors);
            out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |%n", part.name(),
                    part.use().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.gold(), s.cell(EntityType.PER),
                    s.cell(EntityType.ORG), s.cell(EntityType.LOC), s.micro());
        }
    }
}
