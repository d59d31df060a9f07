package com.precis.ner.train;

import com.precis.ner.FeatureSink;
import com.precis.ner.Labels;
import com.precis.ner.LongIntMap;
import com.precis.ner.NerFeatures;
import com.precis.ner.NerModel;
import com.precis.ner.NerText;
import com.precis.ner.Viterbi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the tagger's weights: an averaged structured perceptron (Collins 2002) over BILOU labels
 * with first-order Viterbi decoding. Features seen fewer than {@link #MIN_COUNT} times are left
 * out; sentences are visited in an order drawn from a fixed seed, so the same input gives the same
 * model, byte for byte.
 */
final class PerceptronTrainer {

    static final int MIN_COUNT = 2;
    private static final int C = Labels.COUNT;

    private final NerFeatures features = new NerFeatures();

    /** One training sentence: the feature rows of each token, and its gold labels. */
    private record Sentence(int[][] rows, int[] gold) {
    }

    NerModel train(List<PreparedDocument> docs, int epochs, long seed) {
        List<int[][]> ids = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        LongIntMap counts = new LongIntMap(1 << 20);
        FeatureSink sink = new FeatureSink();
        for (PreparedDocument d : docs) {
            NerText t = d.text();
            int[] labels = Labels.encode(t.tokens().size(), d.entities());
            for (int[] s : t.sentences()) {
                int[][] tokenIds = new int[s[1] - s[0]][];
                for (int i = s[0]; i < s[1]; i++) {
                    features.extract(t, s[0], s[1], i, sink);
                    tokenIds[i - s[0]] = sink.toArray();
                    for (int f : tokenIds[i - s[0]]) {
                        int c = counts.get(f);
                        counts.put(f, c < 0 ? 1 : c + 1);
                    }
                }
                ids.add(tokenIds);
                golds.add(Arrays.copyOfRange(labels, s[0], s[1]));
            }
        }
        long[] keys = counts.sortedKeys();
        LongIntMap rowOf = new LongIntMap(keys.length);
        List<Integer> kept = new ArrayList<>();
        for (long k : keys) {
            if (counts.get(k) >= MIN_COUNT) {
                rowOf.put(k, kept.size());
                kept.add((int) k);
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < ids.size(); s++) {
            int[][] tokenIds = ids.get(s);
            int[][] rows = new int[tokenIds.length][];
            for (int i = 0; i < tokenIds.length; i++) {
                int[] r = new int[tokenIds[i].length];
                int n = 0;
                for (int f : tokenIds[i]) {
                    int row = rowOf.get(f);
                    if (row >= 0) {
                        r[n++] = row;
                    }
                }
                rows[i] = Arrays.copyOf(r, n);
            }
            sentences.add(new Sentence(rows, golds.get(s)));
            ids.set(s, null);
        }
        return averaged(sentences, kept.size(), kept, epochs, seed);
    }

    private NerModel averaged(List<Sentence> sentences, int features, List<Integer> ids, int epochs, long seed) {
        float[] w = new float[features * C];
        double[] u = new double[features * C];
        float[] tw = new float[C * C];
        double[] tu = new double[C * C];
        float[] sw = new float[C];
        double[] su = new double[C];
        long step = 1;
        Random random = new Random(seed);
        int[] order = new int[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] local = new float[0];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int mistakes = 0;
            for (int o : order) {
                Sentence s = sentences.get(o);
                int n = s.gold.length;
                if (local.length < n * C) {
                    local = new float[n * C * 2];
                }
                Arrays.fill(local, 0, n * C, 0f);
                for (int i = 0; i < n; i++) {
                    for (int r : s.rows[i]) {
                        int base = r * C;
                        for (int l = 0; l < C; l++) {
                            local[i * C + l] += w[base + l];
                        }
                    }
                }
                int[] guess = Viterbi.decode(local, n, tw, sw);
                if (!Arrays.equals(guess, s.gold)) {
                    mistakes++;
                    for (int i = 0; i < n; i++) {
                        int g = s.gold[i];
                        int p = guess[i];
                        if (g != p) {
                            for (int r : s.rows[i]) {
                                w[r * C + g] += 1;
                                u[r * C + g] += step;
                                w[r * C + p] -= 1;
                                u[r * C + p] -= step;
                            }
                        }
                        int gp = i == 0 ? -1 : s.gold[i - 1];
                        int pp = i == 0 ? -1 : guess[i - 1];
                        if (g != p || gp != pp) {
                            if (i == 0) {
                                sw[g] += 1;
                                su[g] += step;
                                sw[p] -= 1;
                                su[p] -= step;
                            } else {
                                tw[gp * C + g] += 1;
                                tu[gp * C + g] += step;
                                tw[pp * C + p] -= 1;
                                tu[pp * C + p] -= step;
                            }
                        }
                    }
                }
                step++;
            }
            System.err.printf("epoch %d: %d of %d sentences wrong%n", epoch + 1, mistakes, order.length);
        }
        int[] idArray = new int[features];
        for (int i = 0; i < features; i++) {
            idArray[i] = ids.get(i);
        }
        return new NerModel(idArray, average(w, u, step), average(tw, tu, step), average(sw, su, step));
    }

    private static float[] average(float[] w, double[] u, long step) {
        float[] a = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = (float) (w[i] - u[i] / step);
        }
        return a;
    }
}
