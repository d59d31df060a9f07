package com.precis.ner;

/** The word's fine and coarse clusters (with its case), and its neighbours' coarse clusters. */
final class ClusterFeatures implements TokenFeatures {

    @Override
    public void add(NerText t, int from, int to, int i, FeatureSink out) {
        boolean cap = t.capitalised[i];
        out.add(Hashing.feature(50, t.fine[i], cap ? 1 : 0));
        out.add(Hashing.feature(51, t.coarse[i], cap ? 1 : 0));
        out.add(Hashing.feature(52, t.coarse[i], t.position[i]));
        out.add(Hashing.feature(53, i > from ? t.coarse[i - 1] : -2));
        out.add(Hashing.feature(54, i + 1 < to ? t.coarse[i + 1] : -2));
        out.add(Hashing.feature(55, i > from ? t.fine[i - 1] : -2, cap ? 1 : 0));
        out.add(Hashing.feature(56, i + 1 < to ? t.fine[i + 1] : -2, cap ? 1 : 0));
    }
}
