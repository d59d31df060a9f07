package com.precis.ner;

/**
 * What the rest of the article says about the word: written in lower case elsewhere, capitalised in
 * running text elsewhere, or both; with where this occurrence stands. It tells "JAPAN" in a headline
 * and "Regulators" at a sentence start apart.
 */
final class DocumentFeatures implements TokenFeatures {

    @Override
    public void add(NerText t, int from, int to, int i, FeatureSink out) {
        if (!t.tokens.get(i).isWord()) {
            return;
        }
        int cap = t.capitalised[i] ? 1 : 0;
        out.add(Hashing.feature(80, t.docCase[i] * 8L + t.position[i], cap));
        out.add(Hashing.feature(81, t.docCase[i] * 8L + t.position[i], t.coarse[i]));
    }
}
