package com.precis.ner.train;

import com.precis.actors.Token;
import com.precis.actors.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Learns word clusters from unlabeled text: every frequent word (lower-cased) is described by the
 * words seen one and two places to its left and right (positive PMI, length one), and spherical
 * k-means groups words used alike; the fine clusters' centroids are grouped again into coarse
 * ones. Deterministic: words are ordered by frequency then spelling, and the seed is fixed.
 */
final class ClusterLearner {

    private static final int MIN_COUNT = 3;
    private static final int CONTEXTS = 1000;
    private static final int ITERATIONS = 12;

    private final int fineK;
    private final int coarseK;
    private final long seed;

    ClusterLearner(int fineK, int coarseK, long seed) {
        this.fineK = fineK;
        this.coarseK = coarseK;
        this.seed = seed;
    }

    /** Lines "word fine coarse", sorted by word. */
    List<String> learn(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> docs = new ArrayList<>();
        for (String text : texts) {
            List<String> words = new ArrayList<>();
            for (Token t : Tokens.of(text).all()) {
                String w = t.kind() == Token.Kind.NUMBER ? "<number>" : t.text().toLowerCase(Locale.ROOT);
                words.add(w);
                counts.merge(w, 1, Integer::sum);
            }
            docs.add(words.toArray(new String[0]));
        }
        List<String> vocab = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_COUNT) {
                vocab.add(e.getKey());
            }
        }
        vocab.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            index.put(vocab.get(i), i);
        }
        int contexts = Math.min(CONTEXTS, vocab.size());
        float[][] vectors = contextVectors(docs, index, vocab.size(), contexts);
        int k = Math.min(fineK, vocab.size());
        float[][] centroids = initial(vectors, k, new Random(seed));
        int[] fine = kMeans(vectors, centroids);
        int[] coarse = kMeans(centroids, initial(centroids, Math.min(coarseK, k), new Random(seed + 1)));
        TreeMap<String, String> lines = new TreeMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            String w = vocab.get(i);
            if (w.indexOf(' ') < 0 && !w.isEmpty()) {
                lines.put(w, w + " " + fine[i] + " " + coarse[fine[i]]);
            }
        }
        return new ArrayList<>(lines.values());
    }

    /** Dense vectors over 4 × {@code contexts} dimensions (word at -2, -1, +1, +2 among the most frequent). */
    private static float[][] contextVectors(List<String[]> docs, Map<String, Integer> index, int v, int contexts) {
        int dims = 4 * contexts;
        float[][] m = new float[v][dims];
        int[] offsets = {-2, -1, 1, 2};
        for (String[] words : docs) {
            int[] ids = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                Integer id = index.get(words[i]);
                ids[i] = id == null ? -1 : id;
            }
            for (int i = 0; i < words.length; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                for (int o = 0; o < 4; o++) {
                    int j = i + offsets[o];
                    if (j >= 0 && j < words.length && ids[j] >= 0 && ids[j] < contexts) {
                        m[ids[i]][o * contexts + ids[j]]++;
                    }
                }
            }
        }
        double total = 0;
        double[] colSum = new double[dims];
        double[] rowSum = new double[v];
        for (int i = 0; i < v; i++) {
            for (int d = 0; d < dims; d++) {
                colSum[d] += m[i][d];
                rowSum[i] += m[i][d];
                total += m[i][d];
            }
        }
        for (int i = 0; i < v; i++) {
            double norm = 0;
            for (int d = 0; d < dims; d++) {
                if (m[i][d] > 0) {
                    double pmi = Math.log(m[i][d] * total / (rowSum[i] * colSum[d]));
                    m[i][d] = (float) Math.max(0, pmi);
                    norm += m[i][d] * m[i][d];
                }
            }
            normalise(m[i], norm);
        }
        return m;
    }

    private static void normalise(float[] x, double squared) {
        if (squared <= 0) {
            return;
        }
        float inv = (float) (1 / Math.sqrt(squared));
        for (int d = 0; d < x.length; d++) {
            x[d] *= inv;
        }
    }

    private static float[][] initial(float[][] vectors, int k, Random random) {
        int[] order = new int[vectors.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        float[][] c = new float[k][];
        for (int i = 0; i < k; i++) {
            c[i] = vectors[order[i]].clone();
        }
        return c;
    }

    /** Spherical k-means; updates the centroids in place and returns each vector's cluster. */
    private static int[] kMeans(float[][] vectors, float[][] centroids) {
        int k = centroids.length;
        int dims = vectors[0].length;
        int[] assign = new int[vectors.length];
        int[][] nonZero = new int[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            int n = 0;
            int[] nz = new int[dims];
            for (int d = 0; d < dims; d++) {
                if (vectors[i][d] != 0) {
                    nz[n++] = d;
                }
            }
            nonZero[i] = Arrays.copyOf(nz, n);
        }
        for (int it = 0; it < ITERATIONS; it++) {
            for (int i = 0; i < vectors.length; i++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int c = 0; c < k; c++) {
                    float dot = 0;
                    for (int d : nonZero[i]) {
                        dot += vectors[i][d] * centroids[c][d];
                    }
                    if (dot > best) {
                        best = dot;
                        arg = c;
                    }
                }
                assign[i] = arg;
            }
            for (float[] c : centroids) {
                Arrays.fill(c, 0);
            }
            for (int i = 0; i < vectors.length; i++) {
                float[] c = centroids[assign[i]];
                for (int d : nonZero[i]) {
                    c[d] += vectors[i][d];
                }
            }
            for (float[] c : centroids) {
                double sq = 0;
                for (float x : c) {
                    sq += x * x;
                }
                normalise(c, sq);
            }
        }
        return assign;
    }
}
