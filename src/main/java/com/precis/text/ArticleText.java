package com.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The clean body of an article as the later stages see it: the text itself (blocks separated by a
 * blank line), where each block starts, and its sentences with their offsets in that text.
 */
public final class ArticleText {

    public static final String BLOCK_SEPARATOR = "\n\n";

    private final String text;
    private final List<Block> blocks;
    private final int[] blockStarts;
    private final List<Sentence> sentences;
    private final String language;

    private ArticleText(String text, List<Block> blocks, int[] blockStarts, List<Sentence> sentences,
                        String language) {
        this.text = text;
        this.blocks = blocks;
        this.blockStarts = blockStarts;
        this.sentences = sentences;
        this.language = language;
    }

    public static ArticleText of(List<Block> blocks, String language, SentenceSplitter splitter) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[blocks.size()];
        List<Sentence> sentences = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                text.append(BLOCK_SEPARATOR);
            }
            starts[b] = text.length();
            Block block = blocks.get(b);
            text.append(block.text());
            if (block.heading()) {
                sentences.add(new Sentence(sentences.size(), b, starts[b], text.length(), block.text(), true));
                continue;
            }
            for (int[] range : splitter.split(block.text())) {
                int start = starts[b] + range[0];
                int end = starts[b] + range[1];
                sentences.add(new Sentence(sentences.size(), b, start, end, text.substring(start, end), false));
            }
        }
        return new ArticleText(text.toString(), List.copyOf(blocks), starts, List.copyOf(sentences), language);
    }

    public String text() {
        return text;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public int blockStart(int block) {
        return blockStarts[block];
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public String language() {
        return language;
    }

    /** The sentence containing a character offset, or the last one before it. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(found);
    }

    /** The block containing a character offset. */
    public int blockAt(int offset) {
        int lo = 0;
        int hi = blockStarts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blockStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
