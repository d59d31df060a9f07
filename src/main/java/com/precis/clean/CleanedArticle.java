package com.precis.clean;

import com.precis.text.Block;
import java.util.List;

/** The article body found in a page, its metadata, and how many blocks of the page were dropped. */
public record CleanedArticle(List<Block> blocks, ArticleMetadata metadata, int removedBlocks) {

    public CleanedArticle {
        blocks = List.copyOf(blocks);
    }
}
