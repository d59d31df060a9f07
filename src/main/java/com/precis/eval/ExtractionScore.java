package com.precis.eval;

import java.util.List;

/**
 * Precision, recall and F1 over a set of documents, as the article-extraction benchmark computes
 * them: per-document precision and recall are averaged (precision over the documents where
 * something was extracted, recall over those with a gold body), and F1 is their harmonic mean.
 */
public record ExtractionScore(double precision, double recall, double f1, int documents) {

    public static ExtractionScore of(List<ShingleMatch> matches) {
        double precision = 0;
        int predicted = 0;
        double recall = 0;
        int gold = 0;
        for (ShingleMatch m : matches) {
            if (m.hasPrediction()) {
                precision += m.precision();
                predicted++;
            }
            if (m.hasGold()) {
                recall += m.recall();
                gold++;
            }
        }
        double p = predicted == 0 ? 0 : precision / predicted;
        double r = gold == 0 ? 0 : recall / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ExtractionScore(p, r, f1, matches.size());
    }
}
