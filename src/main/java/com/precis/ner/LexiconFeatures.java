package com.precis.ner;

/**
 * What the lexicons know: each word class of the word (with its case) and of its neighbours ("Mr."
 * before, "said" or "Inc" after), and where the word stands in a gazetteer phrase of each kind.
 */
final class LexiconFeatures implements TokenFeatures {

    private static final int WINDOW = 2;

    @Override
    public void add(NerText t, int from, int to, int i, FeatureSink out) {
        int cap = t.capitalised[i] ? 1 : 0;
        addBits(t.wordBits[i], 60, cap, out);
        for (int d = 1; d <= WINDOW; d++) {
            if (i - d >= from) {
                addBits(t.wordBits[i - d], 60 + 2 * d, t.capitalised[i - d] ? 1 : 0, out);
            }
            if (i + d < to) {
                addBits(t.wordBits[i + d], 61 + 2 * d, t.capitalised[i + d] ? 1 : 0, out);
            }
        }
        long g = t.gazetteer[i];
        for (int k = 0; g != 0; k++, g >>>= 3) {
            int pos = (int) (g & 7);
            if (pos != 0) {
                out.add(Hashing.feature(70, k, pos));
                out.add(Hashing.feature(71, k * 8L + pos, t.position[i]));
            }
        }
    }

    private static void addBits(int bits, int template, int cap, FeatureSink out) {
        for (int b = 0; bits != 0; b++, bits >>>= 1) {
            if ((bits & 1) != 0) {
                out.add(Hashing.feature(template, b, cap));
            }
        }
    }
}
