package com.precis.ner;

/**
 * The word's shape and short shape, its neighbours' short shapes, and the short shape with where
 * the word stands (running text, sentence start, a line of capitals, a Title Case line): a capital
 * says much in running text and nothing in a headline.
 */
final class ShapeFeatures implements TokenFeatures {

    @Override
    public void add(NerText t, int from, int to, int i, FeatureSink out) {
        long s = t.shortShape[i];
        long prev = TokenFeatures.shortShape(t, from, to, i - 1);
        long next = TokenFeatures.shortShape(t, from, to, i + 1);
        out.add(Hashing.feature(40, t.shape[i]));
        out.add(Hashing.feature(41, s));
        out.add(Hashing.feature(42, prev, s));
        out.add(Hashing.feature(43, s, next));
        out.add(Hashing.feature(44, Hashing.then(prev, s), next));
        out.add(Hashing.feature(45, s, t.position[i]));
        out.add(Hashing.feature(46, t.position[i]));
        if (i == from) {
            out.add(Hashing.feature(47, s));
        }
    }
}
