package com.precis.ingest;

import com.precis.document.Article;
import com.precis.document.ArticleDocument;
import com.precis.document.Source;
import com.precis.document.Stats;
import com.precis.log.JsonLog;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.Precis;
import java.time.Clock;

/**
 * One object, start to finish: read it, summarise it, write its item. Permanent problems with the
 * article become a FAILED item saying why; problems that may pass (the store or source failing)
 * are thrown, so the event is retried instead of lost.
 */
public final class ArticleProcessor {

    private static final JsonLog LOG = JsonLog.of(ArticleProcessor.class);

    private final ObjectSource source;
    private final ArticleStore store;
    private final Precis precis;
    private final Clock clock;

    public ArticleProcessor(ObjectSource source, ArticleStore store, Precis precis, Clock clock) {
        this.source = source;
        this.store = store;
        this.precis = precis;
        this.clock = clock;
    }

    public ProcessingOutcome process(ObjectRef ref) {
        long started = System.nanoTime();
        String processedAt = clock.instant().toString();
        Source src = new Source(ref.bucket(), ref.key(), ref.versionId(), ref.etag(), ref.size(), null, null,
                ref.sequencer());
        ArticleDocument document;
        long inputBytes = ref.size() == null ? 0 : ref.size();
        try {
            FetchedObject object = source.fetch(ref, precis.maxInputBytes());
            inputBytes = object.bytes().length;
            src = new Source(ref.bucket(), ref.key(), first(ref.versionId(), object.versionId()),
                    first(ref.etag(), object.etag()), (long) object.bytes().length, object.contentType(), null,
                    ref.sequencer());
            Article article = summarize(object, ref);
            document = ArticleDocument.of(ref.articleId(), src, article, Precis.VERSION, processedAt);
        } catch (ArticleRejectedException e) {
            document = ArticleDocument.failed(ref.articleId(), src, e.describe(),
                    Stats.ofInput(inputBytes, millisSince(started)), Precis.VERSION, processedAt);
        }
        store.put(document);
        LOG.info(document.error() == null ? "article stored" : "article failed",
                "articleId", document.articleId(), "bucket", ref.bucket(), "key", ref.key(),
                "versionId", src.versionId(), "status", document.status(), "error", document.error(),
                "inputBytes", inputBytes, "cleanChars", document.cleanText().length(),
                "quotes", document.quotes().size(), "actors", document.actors().size(),
                "trimmed", String.join(",", document.trimmed()), "millis", millisSince(started));
        return new ProcessingOutcome(document.articleId(), document.status(), document.error());
    }

    private Article summarize(FetchedObject object, ObjectRef ref) throws ArticleRejectedException {
        try {
            return precis.summarize(new ArticleInput(object.bytes(), object.contentType(), ref.key()));
        } catch (RuntimeException | StackOverflowError e) {
            // A pipeline fault on this input repeats on every retry: record it rather than burn retries.
            LOG.error("pipeline fault", "articleId", ref.articleId(), "exception", e.getClass().getName());
            throw new ArticleRejectedException(ArticleRejectedException.Reason.PIPELINE_FAULT,
                    "the pipeline failed on this input (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
