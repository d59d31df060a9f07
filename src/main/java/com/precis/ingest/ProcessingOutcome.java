package com.precis.ingest;

/** What became of one event record: the article id, what happened, and the error for FAILED. */
public record ProcessingOutcome(String articleId, Result result, String error) {

    public enum Result {
        /** Summarised and stored with status OK. */
        STORED,
        /** A permanent problem, stored as a FAILED item saying why. */
        FAILED,
        /** A re-delivered event for a version already summarised. */
        DUPLICATE,
        /** Another worker holds a live claim on this same version: it is being summarised now. */
        IN_PROGRESS,
        /** An event older than what the article already reflects. */
        STALE,
        /** Summarised, but a newer event took the article over before the write: nothing written. */
        SUPERSEDED,
        /** A removal: the summary is marked deleted. */
        DELETED,
        /** A removal that does not concern the current summary. */
        IGNORED
    }
}
