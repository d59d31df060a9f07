package com.precis.ingest;

import com.precis.document.Status;

/** What became of one object: the article id and the status of the item written for it. */
public record ProcessingOutcome(String articleId, Status status, String error) {
}
