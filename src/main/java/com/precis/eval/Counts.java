package com.precis.eval;

/** True positives, false positives and false negatives, with precision, recall and F1. */
public final class Counts {

    int tp;
    int fp;
    int fn;

    public void add(Counts o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    public double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
