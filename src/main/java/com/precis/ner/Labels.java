package com.precis.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * BILOU labels: O, then Begin, Inside, Last and Unit for each {@link EntityType}. Label 0 is O;
 * type t has labels 1 + 4t (B), 2 + 4t (I), 3 + 4t (L), 4 + 4t (U).
 */
public final class Labels {

    public static final int COUNT = 1 + 4 * EntityType.values().length;
    public static final int O = 0;
    private static final int B = 0;
    private static final int I = 1;
    private static final int L = 2;
    private static final int U = 3;

    private static final EntityType[] TYPES = EntityType.values();
    private static final boolean[] ALLOWED = new boolean[COUNT * COUNT];
    private static final boolean[] STARTS = new boolean[COUNT];
    private static final boolean[] ENDS = new boolean[COUNT];

    static {
        for (int l = 0; l < COUNT; l++) {
            STARTS[l] = l == O || part(l) == B || part(l) == U;
            ENDS[l] = l == O || part(l) == L || part(l) == U;
        }
        for (int p = 0; p < COUNT; p++) {
            for (int n = 0; n < COUNT; n++) {
                boolean open = p != O && (part(p) == B || part(p) == I);
                ALLOWED[p * COUNT + n] = open
                        ? n != O && (n - 1) / 4 == (p - 1) / 4 && (part(n) == I || part(n) == L)
                        : STARTS[n];
            }
        }
    }

    private Labels() {
    }

    static int label(EntityType type, int part) {
        return 1 + 4 * type.ordinal() + part;
    }

    static EntityType type(int label) {
        return label == O ? null : TYPES[(label - 1) / 4];
    }

    private static int part(int label) {
        return (label - 1) % 4;
    }

    /** Whether a label may start a sequence (after O, L or U, or at the sentence start). */
    static boolean canStart(int label) {
        return STARTS[label];
    }

    /** Whether a label may end a sequence. */
    static boolean canEnd(int label) {
        return ENDS[label];
    }

    /** Whether {@code next} may follow {@code prev}. */
    static boolean allowed(int prev, int next) {
        return ALLOWED[prev * COUNT + next];
    }

    /** The labels of tokens [0, n) given entities over token offsets relative to 0. */
    public static int[] encode(int n, List<Entity> entities) {
        int[] labels = new int[n];
        for (Entity e : entities) {
            int len = e.endToken() - e.firstToken();
            if (len == 1) {
                labels[e.firstToken()] = label(e.type(), U);
                continue;
            }
            labels[e.firstToken()] = label(e.type(), B);
            for (int k = e.firstToken() + 1; k < e.endToken() - 1; k++) {
                labels[k] = label(e.type(), I);
            }
            labels[e.endToken() - 1] = label(e.type(), L);
        }
        return labels;
    }

    /** The entities of a well-formed label sequence, with token offsets shifted by {@code offset}. */
    public static List<Entity> decode(int[] labels, int n, int offset) {
        List<Entity> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < n; k++) {
            int l = labels[k];
            if (l == O) {
                start = -1;
                continue;
            }
            switch (part(l)) {
                case U -> out.add(new Entity(offset + k, offset + k + 1, type(l)));
                case B -> start = k;
                case L -> {
                    if (start >= 0) {
                        out.add(new Entity(offset + start, offset + k + 1, type(l)));
                    }
                    start = -1;
                }
                default -> { }
            }
        }
        return out;
    }
}
