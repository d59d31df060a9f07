package com.precis.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.ProcessingOutcome;
import com.precis.log.JsonLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lambda entry point for S3 notifications. It decodes each record of the event (every record,
 * not only the first), hands the object to the {@link ArticleProcessor}, and reports what became
 * of each. A record whose processing fails in a way that may pass does not stop the others; after
 * all were tried the invocation fails, so Lambda retries it and finally sends it to the
 * dead-letter queue: nothing is lost.
 */
public final class S3EventHandler implements RequestHandler<S3Event, Map<String, Object>> {

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
            Map<String, Object> result = handle(record);
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

    private Map<String, Object> handle(S3EventNotificationRecord record) {
        Map<String, Object> result = new LinkedHashMap<>();
        String eventName = record == null ? null : record.getEventName();
        result.put("eventName", eventName);
        var ref = S3Records.toObjectRef(record);
        if (ref.isEmpty()) {
            LOG.error("record skipped: no bucket or key", "eventName", eventName);
            result.put("status", "INVALID");
            return result;
        }
        result.put("articleId", ref.get().articleId());
        if (eventName == null || !eventName.startsWith("ObjectCreated")) {
            // Deletes are not summarised; what a delete does to the stored summary is decided in RELIABILITY.md.
            LOG.info("record skipped", "eventName", eventName, "bucket", ref.get().bucket(), "key", ref.get().key());
            result.put("status", "SKIPPED");
            return result;
        }
        try {
            ProcessingOutcome outcome = processor.process(ref.get());
            result.put("status", outcome.status().name());
            if (outcome.error() != null) {
                result.put("error", outcome.error());
            }
        } catch (RuntimeException e) {
            LOG.error("record failed, will be retried", "articleId", ref.get().articleId(),
                    "exception", e.getClass().getName(), "detail", e.getMessage());
            result.put("status", "RETRY");
            result.put("error", e.getClass().getSimpleName());
        }
        return result;
    }
}
