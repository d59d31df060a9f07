package com.precis.lambda;

import com.precis.log.JsonLog;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.Precis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Builds the pipeline on a second thread while the caller builds the SDK clients, and runs it once
 * over each built-in article, so a cold container's first event finds the language resources read
 * and the pipeline's classes loaded. Where a second core is free (and during SnapStart's init) that
 * work costs the first request nothing; on a fraction of a core it costs what the first article
 * would have paid anyway.
 */
final class PipelineWarmup {

    private static final JsonLog LOG = JsonLog.of(PipelineWarmup.class);
    /** Our own articles, one HTML page and one text dump: between them they reach every stage. */
    static final String[] ARTICLES = {"priming-article.html", "priming-article.txt"};

    private final FutureTask<Precis> task;

    private PipelineWarmup(long maxInputBytes) {
        this.task = new FutureTask<>(() -> warm(Precis.withMaxInputBytes(maxInputBytes)));
    }

    static PipelineWarmup start(long maxInputBytes) {
        PipelineWarmup warmup = new PipelineWarmup(maxInputBytes);
        Thread thread = new Thread(warmup.task, "precis-warmup");
        thread.setDaemon(true);
        thread.start();
        return warmup;
    }

    /** The built pipeline; a failure to build it (a missing resource) is thrown here, as it would be inline. */
    Precis pipeline() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the pipeline was being built", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the pipeline could not be built", cause);
        }
    }

    private static Precis warm(Precis precis) {
        for (String name : ARTICLES) {
            try {
                precis.summarize(new ArticleInput(builtIn(name), null, name));
            } catch (ArticleRejectedException | RuntimeException e) {
                // Only warmth is lost: the pipeline itself is built and serves the real articles.
                LOG.warn("pipeline warm-up failed", "article", name, "exception", e.getClass().getName());
            }
        }
        return precis;
    }

    static byte[] builtIn(String name) {
        try (InputStream in = PipelineWarmup.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
