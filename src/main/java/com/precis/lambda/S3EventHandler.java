package com.precis.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.ObjectRef;
import com.precis.ingest.ProcessingOutcome;
import com.precis.log.JsonLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Lambda entry point for S3 notifications. It decodes each record of the event (every record,
 * not only the first) and hands it to the {@link ArticleProcessor}. A record whose processing
 * fails in a way that may pass does not stop the others; after all were tried the invocation
 * fails, so Lambda retries the event (records already done are then skipped as duplicates) and
 * finally sends it to the dead-letter queue: nothing is lost. It stops taking records when the
 * invocation's deadline is near, and fails cleanly for the rest instead of being killed mid-write.
 */
public final class S3EventHandler implements RequestHandler<S3Event, Map<String, Object>> {

    /** Time kept in hand for one record: the largest accepted article, summarised and written. */
    static final long DEADLINE_MARGIN_MILLIS = 10_000;
    /** The claim's lease when there is no Lambda context (CLI, tests): the template's timeout. */
    static final long DEFAULT_LEASE_MILLIS = 60_000;

    private static final JsonLog LOG = JsonLog.of(S3EventHandler.class);

    private final ArticleProcessor processor;

    /** The runtime's constructor: clients and resources are built here, once per container. */
    public S3EventHandler() {
        this(LambdaWiring.fromEnvironment());
    }

    public S3EventHandler(ArticleProcessor processor) {
        this.processor = processor;
    }

    @Override
    public Map<String, Object> handleRequest(S3Event event, Context context) {
        JsonLog.setRequestId(context == null ? null : context.getAwsRequestId());
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        List<Map<String, Object>> results = new ArrayList<>();
        int retryable = 0;
        for (S3EventNotificationRecord record : records) {
            Map<String, Object> result;
            if (context != null && context.getRemainingTimeInMillis() < DEADLINE_MARGIN_MILLIS) {
                result = result(record, "RETRY", "deadline near: left for the retry");
            } else {
                result = handle(record, leaseUntil(context));
            }
            results.add(result);
            if ("RETRY".equals(result.get("status"))) {
                retryable++;
            }
        }
        LOG.info("event handled", "records", records.size(), "retryable", retryable);
        if (retryable > 0) {
            throw new RetryableEventException(retryable + " of " + records.size()
                    + " records failed in a way that may pass; the event will be retried");
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("records", records.size());
        report.put("results", results);
        return report;
    }

    private Map<String, Object> handle(S3EventNotificationRecord record, Instant leaseUntil) {
        String eventName = record == null ? null : record.getEventName();
        Optional<ObjectRef> ref = S3Records.toObjectRef(record);
        if (ref.isEmpty()) {
            LOG.error("record skipped: no bucket or key", "eventName", eventName);
            return result(record, "INVALID", "the record names no bucket or key");
        }
        try {
            ProcessingOutcome outcome;
            if (eventName != null && eventName.startsWith("ObjectCreated")) {
                outcome = processor.created(ref.get(), leaseUntil);
            } else if (eventName != null && eventName.startsWith("ObjectRemoved")) {
                outcome = processor.removed(ref.get(), eventName);
            } else {
                LOG.info("record skipped", "eventName", eventName, "articleId", ref.get().articleId());
                return result(record, "SKIPPED", null);
            }
            return result(record, outcome.result().name(), outcome.error());
        } catch (RuntimeException e) {
            LOG.error("record failed, will be retried", "articleId", ref.get().articleId(),
                    "exception", e.getClass().getName(), "detail", e.getMessage());
            return result(record, "RETRY", e.getClass().getSimpleName());
        }
    }

    private static Instant leaseUntil(Context context) {
        long remaining = context == null ? DEFAULT_LEASE_MILLIS : context.getRemainingTimeInMillis();
        return Instant.now().plusMillis(remaining);
    }

    private static Map<String, Object> result(S3EventNotificationRecord record, String status, String error) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("eventName", record == null ? null : record.getEventName());
        S3Records.toObjectRef(record).ifPresent(ref -> result.put("articleId", ref.articleId()));
        result.put("status", status);
        if (error != null) {
            result.put("error", error);
        }
        return result;
    }
}
