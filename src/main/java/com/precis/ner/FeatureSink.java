package com.precis.ner;

import java.util.Arrays;

/** The feature ids of one token, collected into a reusable buffer. */
public final class FeatureSink {

    private int[] ids = new int[128];
    private int size;

    void add(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public int get(int i) {
        return ids[i];
    }

    public int[] toArray() {
        return Arrays.copyOf(ids, size);
    }
}
