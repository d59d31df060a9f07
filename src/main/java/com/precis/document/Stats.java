package com.precis.document;

/** Sizes and timings of one run of the pipeline. */
public record Stats(long inputBytes, int cleanChars, int sentences, int removedBlocks, long processingMillis) {

    public static Stats ofInput(long inputBytes, long processingMillis) {
        return new Stats(inputBytes, 0, 0, 0, processingMillis);
    }
}
