package com.precis.ner;

/**
 * The hashes features are made of: a 64-bit hash of a word in lower case (computed without
 * building the lower-case string), and a 32-bit feature id mixed from a template number and values.
 */
final class Hashing {

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private Hashing() {
    }

    /** A 64-bit hash of {@code s[from, to)} lower-cased, char by char (so "JAPAN" and "Japan" hash alike). */
    static long lower(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h ^= Character.toLowerCase(s.charAt(i));
            h *= 0x100000001B3L;
        }
        return mix64(h);
    }

    static long lower(CharSequence s) {
        return lower(s, 0, s.length());
    }

    /** The hash of a sequence of words: each word's hash folded into the one before. */
    static long then(long sequence, long word) {
        return mix64(sequence * SEED + word);
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A feature id: template {@code t} with one value. */
    static int feature(int t, long value) {
        return (int) mix64(value * 31 + t * SEED);
    }

    /** A feature id: template {@code t} with two values (a bigram, a word with its shape). */
    static int feature(int t, long a, long b) {
        return (int) mix64(mix64(a * 31 + t * SEED) + b);
    }
}
