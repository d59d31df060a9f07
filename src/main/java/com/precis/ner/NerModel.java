package com.precis.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The tagger's weights: for every feature id, one weight per label, and the label-to-label
 * transition weights. Stored gzipped with 16-bit weights; written and read here only.
 */
public final class NerModel {

    public static final String RESOURCE = "ner-model.bin.gz";
    private static final int MAGIC = 0x4E455231; // "NER1"

    /** Open addressing, interleaved for one cache line per look-up: [2s] the feature id, [2s + 1] its row + 1 (0: empty). */
    private final int[] table;
    private final int mask;
    private final int[] ids;
    /** 16-bit weights times {@link #scale}: half the memory of floats, so more of the model stays in cache. */
    private final short[] weights;
    private final float scale;
    private final float[] transitions;
    private final float[] start;

    /**
     * A model from its weights: {@code weights[row * Labels.COUNT + label]} for the feature ids in
     * {@code ids} (row = index in ids), transitions {@code [prev * COUNT + next]}, and start weights.
     */
    public NerModel(int[] ids, float[] weights, float[] transitions, float[] start) {
        int slots = Integer.highestOneBit(Math.max(4, ids.length) * 2 - 1) << 1;
        this.table = new int[2 * slots];
        this.mask = slots - 1;
        this.ids = ids.clone();
        for (int r = 0; r < ids.length; r++) {
            int s = slot(ids[r]);
            while (table[2 * s + 1] != 0) {
                s = (s + 1) & mask;
            }
            table[2 * s] = ids[r];
            table[2 * s + 1] = r + 1;
        }
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        this.scale = max / Short.MAX_VALUE;
        this.weights = new short[weights.length];
        for (int i = 0; i < weights.length; i++) {
            this.weights[i] = (short) Math.round(weights[i] / scale);
        }
        this.transitions = transitions;
        this.start = start;
    }

    public static NerModel standard() {
        try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource com/precis/ner/" + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int features() {
        return ids.length;
    }

    private int slot(int id) {
        int h = id * 0x9E3779B9;
        return (h ^ (h >>> 15)) & mask;
    }

    private int row(int id) {
        for (int s = slot(id); ; s = (s + 1) & mask) {
            int r = table[2 * s + 1];
            if (r == 0 || table[2 * s] == id) {
                return r - 1;
            }
        }
    }

    /** Adds each label's score of the features in {@code f} to {@code out[offset + label]}. */
    void score(FeatureSink f, float[] out, int offset) {
        for (int k = 0; k < f.size(); k++) {
            int r = row(f.get(k));
            if (r >= 0) {
                int base = r * Labels.COUNT;
                for (int l = 0; l < Labels.COUNT; l++) {
                    out[offset + l] += weights[base + l] * scale;
                }
            }
        }
    }

    float[] transitions() {
        return transitions;
    }

    float[] starts() {
        return start;
    }

    /** Writes the model: 16-bit weights as held, rows of zeros dropped. */
    public void write(OutputStream target) throws IOException {
        long[] ids = new long[this.ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = this.ids[i];
        }
        java.util.Arrays.sort(ids);
        GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(Labels.COUNT);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        for (float s : start) {
            out.writeFloat(s);
        }
        out.writeFloat(scale);
        int kept = 0;
        short[][] quantised = new short[ids.length][];
        for (int k = 0; k < ids.length; k++) {
            int base = row((int) ids[k]) * Labels.COUNT;
            short[] q = java.util.Arrays.copyOfRange(weights, base, base + Labels.COUNT);
            boolean any = false;
            for (short w : q) {
                any |= w != 0;
            }
            if (any) {
                quantised[k] = q;
                kept++;
            }
        }
        out.writeInt(kept);
        long previous = Integer.MIN_VALUE;
        for (int k = 0; k < ids.length; k++) {
            if (quantised[k] == null) {
                continue;
            }
            writeVarLong(out, ids[k] - previous);
            previous = ids[k];
            int mask = 0;
            for (int l = 0; l < Labels.COUNT; l++) {
                mask |= quantised[k][l] != 0 ? 1 << l : 0;
            }
            out.writeShort(mask);
            for (int l = 0; l < Labels.COUNT; l++) {
                if (quantised[k][l] != 0) {
                    out.writeShort(quantised[k][l]);
                }
            }
        }
        out.flush();
        gz.finish();
    }

    public static NerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != Labels.COUNT) {
            throw new IOException("not a tagger model of this version");
        }
        float[] transitions = new float[Labels.COUNT * Labels.COUNT];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        float[] start = new float[Labels.COUNT];
        for (int i = 0; i < start.length; i++) {
            start[i] = in.readFloat();
        }
        float scale = in.readFloat();
        int n = in.readInt();
        int[] ids = new int[n];
        float[] weights = new float[n * Labels.COUNT];
        long previous = Integer.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            previous += readVarLong(in);
            ids[k] = (int) previous;
            int mask = in.readUnsignedShort();
            for (int l = 0; l < Labels.COUNT; l++) {
                if ((mask & (1 << l)) != 0) {
                    weights[k * Labels.COUNT + l] = in.readShort() * scale;
                }
            }
        }
        return new NerModel(ids, weights, transitions, start);
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
