package com.precis.document;

import java.util.List;

/**
 * The structured summary of one article: the DynamoDB item and the CLI's JSON, field for field.
 * Optional fields are null when unknown; lists are never null.
 */
public record ArticleDocument(
        String articleId,
        Source source,
        String title,
        String publisher,
        List<String> authors,
        String publishedAt,
        String language,
        List<String> summary,
        List<Quote> quotes,
        List<Actor> actors,
        String cleanText,
        Stats stats,
        String pipelineVersion,
        String processedAt,
        Status status,
        String error,
        List<String> trimmed) {

    public ArticleDocument {
        // null-tolerant: items read back from the table may lack fields (a tombstone, a claim)
        authors = authors == null ? List.of() : List.copyOf(authors);
        summary = summary == null ? List.of() : List.copyOf(summary);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        actors = actors == null ? List.of() : List.copyOf(actors);
        trimmed = trimmed == null ? List.of() : List.copyOf(trimmed);
        cleanText = cleanText == null ? "" : cleanText;
    }

    /** The document of a summarised article; the page's own url, when stated, goes into source. */
    public static ArticleDocument of(String articleId, Source source, Article article, String pipelineVersion,
                                     String processedAt) {
        Source withUrl = article.url() == null ? source : source.withUrl(article.url());
        return new ArticleDocument(articleId, withUrl, article.title(), article.publisher(), article.authors(),
                article.publishedAt(), article.language(), article.summary(), article.quotes(), article.actors(),
                article.cleanText(), article.stats(), pipelineVersion, processedAt, Status.OK, null, List.of());
    }

    /** A document for an article that could not be summarised, saying why. */
    public static ArticleDocument failed(String articleId, Source source, String error, Stats stats,
                                         String pipelineVersion, String processedAt) {
        return new ArticleDocument(articleId, source, null, null, List.of(), null, null, List.of(),
                List.of(), List.of(), "", stats, pipelineVersion, processedAt, Status.FAILED, error, List.of());
    }

    public ArticleDocument withCleanText(String text) {
        return new ArticleDocument(articleId, source, title, publisher, authors, publishedAt, language, summary,
                quotes, actors, text, stats, pipelineVersion, processedAt, status, error, trimmed);
    }

    public ArticleDocument withQuotes(List<Quote> newQuotes) {
        return new ArticleDocument(articleId, source, title, publisher, authors, publishedAt, language, summary,
                newQuotes, actors, cleanText, stats, pipelineVersion, processedAt, status, error, trimmed);
    }

    public ArticleDocument withActors(List<Actor> newActors) {
        return new ArticleDocument(articleId, source, title, publisher, authors, publishedAt, language, summary,
                quotes, newActors, cleanText, stats, pipelineVersion, processedAt, status, error, trimmed);
    }

    public ArticleDocument withTrimmed(List<String> newTrimmed) {
        return new ArticleDocument(articleId, source, title, publisher, authors, publishedAt, language, summary,
                quotes, actors, cleanText, stats, pipelineVersion, processedAt, status, error, newTrimmed);
    }
}
