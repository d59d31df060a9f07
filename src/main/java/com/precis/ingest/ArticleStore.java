package com.precis.ingest;

import com.precis.document.ArticleDocument;

/** Where documents are written (DynamoDB in production). */
public interface ArticleStore {

    /** Writes the document, replacing the article's earlier one. Throws when the write may be retried. */
    void put(ArticleDocument document);
}
