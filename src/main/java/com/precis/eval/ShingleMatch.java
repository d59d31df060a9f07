package com.precis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's comparison of one extracted body with its gold body: both
 * are cut into lower-cased word tokens (runs of letters, digits and underscores), then into bags of
 * 4-token shingles; true positives, false positives and false negatives are counted over the bags
 * and normalised to sum 1, so a long article weighs no more than a short one.
 */
public record ShingleMatch(double tp, double fp, double fn) {

    static final int SHINGLE = 4;

    public static ShingleMatch of(String gold, String predicted) {
        Map<String, Integer> truth = shingles(gold);
        Map<String, Integer> pred = shingles(predicted);
        Set<String> keys = new HashSet<>(truth.keySet());
        keys.addAll(pred.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = pred.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    /** The benchmark's per-document precision: 1 when both are empty, 0 when nothing matched. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Whether the document counts for the precision mean (something was predicted). */
    boolean hasPrediction() {
        return tp + fp > 0;
    }

    boolean hasGold() {
        return tp + fn > 0;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = text.length(); i <= n; i++) {
            int c = i < n ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_' || word.length() > 0 && isMark(c)) {
                word.appendCodePoint(c);
                if (Character.charCount(c) == 2) {
                    i++;
                }
            } else if (word.length() > 0) {
                tokens.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        return tokens;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** As the benchmark: a text shorter than one shingle is one shingle of all its tokens. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> bag = new HashMap<>();
        if (tokens.isEmpty()) {
            return bag;
        }
        int count = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < count; i++) {
            String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            bag.merge(key, 1, Integer::sum);
        }
        return bag;
    }
}
