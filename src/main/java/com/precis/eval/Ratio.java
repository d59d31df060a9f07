package com.precis.eval;

/** Right out of total, for speaker accuracy. */
public final class Ratio {

    int right;
    int total;

    public void add(Ratio o) {
        right += o.right;
        total += o.total;
    }

    void count(boolean ok) {
        total++;
        if (ok) {
            right++;
        }
    }

    public int right() {
        return right;
    }

    public int total() {
        return total;
    }

    public double value() {
        return total == 0 ? 1 : (double) right / total;
    }
}
