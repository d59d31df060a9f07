package com.precis.clean;

import java.util.List;

/**
 * What a page states about its article. publishedAt is ISO-8601, with an offset only when the page
 * gives one; language is the page's declared language (ISO 639-1) or null.
 */
public record ArticleMetadata(
        String title,
        String publisher,
        List<String> authors,
        String publishedAt,
        String url,
        String language) {

    public ArticleMetadata {
        authors = List.copyOf(authors);
    }

    public static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, List.of(), null, null, null);
    }
}
