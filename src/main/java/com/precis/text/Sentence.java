package com.precis.text;

/**
 * A sentence of the clean text: its position in the article, the block it belongs to, and its
 * character range in cleanText. Headings are kept as one sentence each and flagged.
 */
public record Sentence(int index, int block, int start, int end, String text, boolean heading) {
}
