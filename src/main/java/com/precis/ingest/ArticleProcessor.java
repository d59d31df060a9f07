package com.precis.ingest;

import com.precis.document.Article;
import com.precis.document.ArticleDocument;
import com.precis.document.Source;
import com.precis.document.Stats;
import com.precis.ingest.ProcessingOutcome.Result;
import com.precis.log.JsonLog;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.Precis;
import java.time.Clock;
import java.time.Instant;

/**
 * One event record, start to finish. For a created object: claim the version (a re-delivered or
 * out-of-order event stops here, before any read), read it, summarise it, write its item if the
 * claim still holds. Permanent problems with the article become a FAILED item saying why;
 * failures that may pass are thrown (after giving the claim back), so the event is retried
 * instead of lost. For a removed object: mark the summary deleted.
 */
public final class ArticleProcessor {

    private static final JsonLog LOG = JsonLog.of(ArticleProcessor.class);

    private final ObjectSource source;
    private final ArticleStore store;
    private final Precis precis;
    private final Clock clock;
    private final ProcessingListener listener;

    public ArticleProcessor(ObjectSource source, ArticleStore store, Precis precis, Clock clock) {
        this(source, store, precis, clock, ProcessingListener.NONE);
    }

    public ArticleProcessor(ObjectSource source, ArticleStore store, Precis precis, Clock clock,
                            ProcessingListener listener) {
        this.source = source;
        this.store = store;
        this.precis = precis;
        this.clock = clock;
        this.listener = listener;
    }

    /** Handles an ObjectCreated record; the claim lasts until {@code leaseUntil} (the invocation's deadline). */
    public ProcessingOutcome created(ObjectRef ref, Instant leaseUntil) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        String order = ref.order(now);
        Claim claim;
        try {
            claim = store.claim(ref, order, now, leaseUntil);
        } catch (RuntimeException e) {
            listener.retryable(e);
            throw e;
        }
        if (!claim.granted()) {
            Result result = switch (claim.status()) {
                case STALE -> Result.STALE;
                case IN_PROGRESS -> Result.IN_PROGRESS;
                default -> Result.DUPLICATE;
            };
            LOG.info(result == Result.STALE ? "stale event skipped" : "duplicate event skipped",
                    "articleId", ref.articleId(), "versionId", ref.versionId(), "claim", claim.status(),
                    "order", order, "millis", millisSince(started));
            listener.skipped(result);
            return new ProcessingOutcome(ref.articleId(), result, null);
        }
        ArticleDocument document;
        try {
            document = summarize(ref, now.toString(), started);
        } catch (RuntimeException e) {
            releaseQuietly(ref, claim.token());
            listener.retryable(e);
            throw e;
        }
        boolean written;
        try {
            written = store.complete(document, order, claim.token());
        } catch (RuntimeException e) {
            releaseQuietly(ref, claim.token());
            listener.retryable(e);
            throw e;
        }
        if (!written) {
            LOG.info("superseded by a newer event, not written", "articleId", ref.articleId(),
                    "versionId", document.source().versionId(), "millis", millisSince(started));
            listener.skipped(Result.SUPERSEDED);
            return new ProcessingOutcome(ref.articleId(), Result.SUPERSEDED, null);
        }
        LOG.info(document.error() == null ? "article stored" : "article failed",
                "articleId", document.articleId(), "bucket", ref.bucket(), "key", ref.key(),
                "versionId", document.source().versionId(), "status", document.status(), "error", document.error(),
                "inputBytes", document.stats().inputBytes(), "cleanChars", document.cleanText().length(),
                "quotes", document.quotes().size(), "actors", document.actors().size(),
                "pipelineMillis", document.stats().processingMillis(), "millis", millisSince(started));
        listener.written(document, millisSince(started));
        return new ProcessingOutcome(ref.articleId(), document.error() == null ? Result.STORED : Result.FAILED,
                document.error());
    }

    /**
     * Handles an ObjectRemoved record. In a versioned bucket "Delete" with a version id removes that
     * version for good, which only matters when it is the summarised one; a delete marker (or a
     * delete in an unversioned bucket) removes the object as such.
     */
    public ProcessingOutcome removed(ObjectRef ref, String eventName) {
        Instant now = clock.instant();
        boolean onlyThisVersion = ref.versionId() != null && "ObjectRemoved:Delete".equals(eventName);
        boolean marked = store.markDeleted(ref, ref.order(now), now, onlyThisVersion);
        LOG.info(marked ? "summary marked deleted" : "removal ignored: older than the summary or another version",
                "articleId", ref.articleId(), "versionId", ref.versionId());
        return new ProcessingOutcome(ref.articleId(), marked ? Result.DELETED : Result.IGNORED, null);
    }

    private ArticleDocument summarize(ObjectRef ref, String processedAt, long started) {
        Source src = new Source(ref.bucket(), ref.key(), ref.versionId(), ref.etag(), ref.size(), null, null,
                ref.sequencer());
        long inputBytes = ref.size() == null ? 0 : ref.size();
        try {
            FetchedObject object = source.fetch(ref, precis.maxInputBytes());
            inputBytes = object.bytes().length;
            src = new Source(ref.bucket(), ref.key(), first(ref.versionId(), object.versionId()),
                    first(ref.etag(), object.etag()), (long) object.bytes().length, object.contentType(), null,
                    ref.sequencer());
            Article article = runPipeline(object, ref);
            return ArticleDocument.of(ref.articleId(), src, article, Precis.VERSION, processedAt);
        } catch (ArticleRejectedException e) {
            return ArticleDocument.failed(ref.articleId(), src, e.describe(),
                    Stats.ofInput(inputBytes, millisSince(started)), Precis.VERSION, processedAt);
        }
    }

    private Article runPipeline(FetchedObject object, ObjectRef ref) throws ArticleRejectedException {
        try {
            return precis.summarize(new ArticleInput(object.bytes(), object.contentType(), ref.key()));
        } catch (RuntimeException | StackOverflowError e) {
            // A pipeline fault on this input repeats on every retry: record it rather than burn retries.
            LOG.error("pipeline fault", "articleId", ref.articleId(), "exception", e.getClass().getName());
            throw new ArticleRejectedException(ArticleRejectedException.Reason.PIPELINE_FAULT,
                    "the pipeline failed on this input (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void releaseQuietly(ObjectRef ref, String token) {
        try {
            store.release(ref, token);
        } catch (RuntimeException e) {
            // the lease expires by itself; the retry waits for it at worst
            LOG.warn("claim not released", "articleId", ref.articleId(), "exception", e.getClass().getName());
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
