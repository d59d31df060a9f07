package com.precis.index;

import java.util.List;

/**
 * One answer of the index, as a reader sees it: who or what was found (as the article names it),
 * the quote for a speaker, and the article it comes from. {@code date} is what the answer sorts
 * by ({@code dateFrom} says whether it is the article's publishedAt or its processedAt).
 */
public record IndexRow(
        IndexEntry.Kind kind,
        String name,
        String form,
        String type,
        List<String> roles,
        Integer mentions,
        String quote,
        String cue,
        String articleId,
        String title,
        String url,
        String publisher,
        String date,
        String dateFrom,
        String publishedAt,
        String processedAt) {

    public IndexRow {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
