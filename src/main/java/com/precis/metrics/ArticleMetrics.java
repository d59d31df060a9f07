package com.precis.metrics;

import com.precis.document.ArticleDocument;
import com.precis.ingest.ProcessingListener;
import com.precis.ingest.ProcessingOutcome;
import java.io.PrintStream;
import java.time.Clock;

/**
 * The handlers' metrics, as CloudWatch Embedded Metric Format lines on the function's log stream:
 * namespace {@code Precis} (or {@code PRECIS_METRICS_NAMESPACE}), dimension {@code FunctionName},
 * and for failures also {@code FunctionName, Reason}. CloudWatch Logs turns each line into metric
 * data points; no API call is made and no permission beyond writing logs is needed. A line carries
 * counts, times, the reason code and the article id, never article text.
 *
 * <p>Metrics: {@code ArticlesProcessed} (every version summarised into an item), {@code ArticlesFailed}
 * (the FAILED ones, by {@code Reason}: BINARY, EMPTY, NOT_FOUND...), {@code Duplicates},
 * {@code StaleEvents}, {@code RetryableErrors}, {@code QuotesPerArticle}, {@code ActorsPerArticle},
 * {@code ProcessingTime} (claim to write) and {@code PipelineTime} (the text stages).
 */
public final class ArticleMetrics implements ProcessingListener {

    public static final String DEFAULT_NAMESPACE = "Precis";
    static final String FUNCTION = "FunctionName";
    static final String REASON = "Reason";

    private final String namespace;
    private final String functionName;
    private final PrintStream out;
    private final Clock clock;

    public ArticleMetrics(String namespace, String functionName, PrintStream out, Clock clock) {
        this.namespace = namespace;
        this.functionName = functionName;
        this.out = out;
        this.clock = clock;
    }

    /**
     * Metrics on stdout (where Lambda collects logs) when running as a Lambda function, else none:
     * the CLI's output stays documents and progress.
     */
    public static ProcessingListener fromEnvironment() {
        String function = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        if (function == null || function.isBlank()) {
            return ProcessingListener.NONE;
        }
        String namespace = System.getenv().getOrDefault("PRECIS_METRICS_NAMESPACE", DEFAULT_NAMESPACE);
        return new ArticleMetrics(namespace, function, System.out, Clock.systemUTC());
    }

    @Override
    public void written(ArticleDocument document, long millis) {
        EmfLine line = line().metric("ArticlesProcessed", "Count", 1)
                .metric("ProcessingTime", "Milliseconds", millis)
                .property("articleId", document.articleId());
        if (document.error() != null) {
            line.dimensions(FUNCTION, REASON).property(REASON, reasonCode(document.error()))
                    .metric("ArticlesFailed", "Count", 1);
        } else {
            line.metric("QuotesPerArticle", "Count", document.quotes().size())
                    .metric("ActorsPerArticle", "Count", document.actors().size())
                    .metric("PipelineTime", "Milliseconds", document.stats().processingMillis());
        }
        emit(line);
    }

    @Override
    public void skipped(ProcessingOutcome.Result result) {
        boolean stale = result == ProcessingOutcome.Result.STALE || result == ProcessingOutcome.Result.SUPERSEDED;
        emit(line().metric(stale ? "StaleEvents" : "Duplicates", "Count", 1));
    }

    @Override
    public void retryable(RuntimeException failure) {
        emit(line().metric("RetryableErrors", "Count", 1).property("exception", failure.getClass().getSimpleName()));
    }

    private EmfLine line() {
        return new EmfLine(namespace).dimensions(FUNCTION).property(FUNCTION, functionName);
    }

    private void emit(EmfLine line) {
        out.println(line.toJson(clock.millis()));
    }

    /** The reason code an item's error starts with ("BINARY: ..." gives BINARY). */
    static String reasonCode(String error) {
        int colon = error.indexOf(':');
        String code = colon > 0 ? error.substring(0, colon) : error;
        return code.matches("[A-Z_]{1,40}") ? code : "OTHER";
    }
}
