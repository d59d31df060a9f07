package com.precis.ner;

/** The word in lower case, its neighbours up to two away, the two bigrams, and the word with its case. */
final class WordFeatures implements TokenFeatures {

    @Override
    public void add(NerText t, int from, int to, int i, FeatureSink out) {
        long w = t.lower[i];
        long prev = TokenFeatures.word(t, from, to, i - 1);
        long next = TokenFeatures.word(t, from, to, i + 1);
        out.add(Hashing.feature(1, w));
        out.add(Hashing.feature(2, prev));
        out.add(Hashing.feature(3, next));
        out.add(Hashing.feature(4, TokenFeatures.word(t, from, to, i - 2)));
        out.add(Hashing.feature(5, TokenFeatures.word(t, from, to, i + 2)));
        out.add(Hashing.feature(6, prev, w));
        out.add(Hashing.feature(7, w, next));
        out.add(Hashing.feature(8, w, t.shortShape[i]));
        // "Mr. X", "X said": the word beside a capitalised one matters with that one's case
        out.add(Hashing.feature(9, prev, t.shortShape[i]));
        out.add(Hashing.feature(10, next, t.shortShape[i]));
    }
}
