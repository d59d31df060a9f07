package com.precis.document;

import java.util.List;

/** What the pipeline makes of one article, before it is tied to where the article is stored. */
public record Article(
        String title,
        String publisher,
        List<String> authors,
        String publishedAt,
        String language,
        String url,
        List<String> summary,
        List<Quote> quotes,
        List<Actor> actors,
        String cleanText,
        Stats stats) {

    public Article {
        authors = List.copyOf(authors);
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
        actors = List.copyOf(actors);
    }
}
