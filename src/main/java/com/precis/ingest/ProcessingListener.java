package com.precis.ingest;

import com.precis.document.ArticleDocument;

/**
 * Told what became of each created object the {@link ArticleProcessor} handles: the hook for
 * metrics. Called on the processing thread; implementations must be cheap and never throw.
 */
public interface ProcessingListener {

    /** Listens to nothing: the default, and what priming and the CLI use. */
    ProcessingListener NONE = new ProcessingListener() {
    };

    /** A version was summarised and its item written, OK or FAILED; {@code millis} end to end. */
    default void written(ArticleDocument document, long millis) {
    }

    /** A delivery that wrote nothing: DUPLICATE, IN_PROGRESS, STALE or SUPERSEDED. */
    default void skipped(ProcessingOutcome.Result result) {
    }

    /** A failure that may pass: the delivery is retried (by Lambda, Batch Operations or the CLI). */
    default void retryable(RuntimeException failure) {
    }
}
