package com.precis.ner.train;

import com.precis.ner.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Entity-level counts per type: a found name is right when its start, end and type all match a gold one. */
final class NerScore {

    private final int[] tp = new int[EntityType.values().length];
    private final int[] fp = new int[EntityType.values().length];
    private final int[] fn = new int[EntityType.values().length];

    void add(List<GoldSpan> gold, List<GoldSpan> found) {
        Set<GoldSpan> g = new HashSet<>(gold);
        for (GoldSpan f : found) {
            if (g.remove(f)) {
                tp[f.type().ordinal()]++;
            } else {
                fp[f.type().ordinal()]++;
            }
        }
        for (GoldSpan missed : g) {
            fn[missed.type().ordinal()]++;
        }
    }

    double f1(EntityType t) {
        return f1(tp[t.ordinal()], fp[t.ordinal()], fn[t.ordinal()]);
    }

    double microF1() {
        return f1(sum(tp), sum(fp), sum(fn));
    }

    int gold() {
        return sum(tp) + sum(fn);
    }

    /** "P/R/F1" of one type, as the table prints it. */
    String cell(EntityType t) {
        int i = t.ordinal();
        return String.format(Locale.ROOT, "%.2f/%.2f/**%.3f**", ratio(tp[i], tp[i] + fp[i]), ratio(tp[i], tp[i] + fn[i]), f1(t));
    }

    String micro() {
        return String.format(Locale.ROOT, "%.2f/%.2f/**%.3f**", ratio(sum(tp), sum(tp) + sum(fp)),
                ratio(sum(tp), sum(tp) + sum(fn)), microF1());
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
