package com.precis.ner;

/** Lower-cased prefixes and suffixes of one to four characters: "-stan", "-ville", "Mc-", "-ski". */
final class AffixFeatures implements TokenFeatures {

    private static final int LONGEST = 4;

    @Override
    public void add(NerText t, int from, int to, int i, FeatureSink out) {
        if (!t.tokens.get(i).isWord()) {
            return;
        }
        String w = t.tokens.get(i).text();
        int n = w.length();
        for (int k = 1; k <= LONGEST && k < n; k++) {
            out.add(Hashing.feature(20 + k, Hashing.lower(w, 0, k)));
            out.add(Hashing.feature(30 + k, Hashing.lower(w, n - k, n)));
        }
    }
}
