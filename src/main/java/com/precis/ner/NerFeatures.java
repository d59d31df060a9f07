package com.precis.ner;

import java.util.List;

/** Every feature of a token, from the feature families in a fixed order (the model depends on it). */
public final class NerFeatures {

    private static final int BIAS = Hashing.feature(0, 0);

    private final List<TokenFeatures> families = List.of(new WordFeatures(), new AffixFeatures(),
            new ShapeFeatures(), new ClusterFeatures(), new LexiconFeatures(), new DocumentFeatures());

    /** Collects the features of token i of the sentence [from, to) into {@code out} (cleared first). */
    public void extract(NerText text, int from, int to, int i, FeatureSink out) {
        out.clear();
        out.add(BIAS);
        for (TokenFeatures f : families) {
            f.add(text, from, to, i, out);
        }
    }
}
