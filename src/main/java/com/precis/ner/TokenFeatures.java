package com.precis.ner;

/** One family of features of the token at {@code i}: each adds the ids of the features that fire. */
interface TokenFeatures {

    /** A word outside the sentence: before its start or after its end. */
    long BEFORE = Hashing.lower("<s>");
    long AFTER = Hashing.lower("</s>");

    void add(NerText text, int from, int to, int i, FeatureSink out);

    /** The lower-case hash of token i, or the sentence edge. */
    static long word(NerText text, int from, int to, int i) {
        return i < from ? BEFORE : i >= to ? AFTER : text.lower[i];
    }

    static long shortShape(NerText text, int from, int to, int i) {
        return i < from ? BEFORE : i >= to ? AFTER : text.shortShape[i];
    }
}
