package com.precis.ner;

/** The best well-formed BILOU sequence under local and transition scores: first-order Viterbi, linear in length. */
public final class Viterbi {

    private static final float NEVER = Float.NEGATIVE_INFINITY;

    private Viterbi() {
    }

    /**
     * @param local  {@code local[i * COUNT + label]}, the label scores of token i of n
     * @param transitions {@code [prev * COUNT + next]}
     * @param start  the score of each label first
     * @return the best label of each token
     */
    public static int[] decode(float[] local, int n, float[] transitions, float[] start) {
        int c = Labels.COUNT;
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        float[] best = new float[c];
        float[] next = new float[c];
        int[] back = new int[n * c];
        for (int l = 0; l < c; l++) {
            best[l] = Labels.canStart(l) ? start[l] + local[l] : NEVER;
        }
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < c; l++) {
                float top = NEVER;
                int arg = 0;
                for (int p = 0; p < c; p++) {
                    if (best[p] == NEVER || !Labels.allowed(p, l)) {
                        continue;
                    }
                    float s = best[p] + transitions[p * c + l];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[l] = top == NEVER ? NEVER : top + local[i * c + l];
                back[i * c + l] = arg;
            }
            float[] swap = best;
            best = next;
            next = swap;
        }
        float top = NEVER;
        int arg = Labels.O;
        for (int l = 0; l < c; l++) {
            if (Labels.canEnd(l) && best[l] > top) {
                top = best[l];
                arg = l;
            }
        }
        labels[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) {
            labels[i - 1] = back[i * c + labels[i]];
        }
        return labels;
    }
}
