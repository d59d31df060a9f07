package com.precis.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.ObjectLookup;
import com.precis.ingest.ObjectRef;
import com.precis.ingest.ProcessingOutcome;
import com.precis.log.JsonLog;
import com.precis.store.AwsSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Lambda entry point for S3 Batch Operations jobs (invocation schema 2.0): "summarise every
 * object of this manifest", run by AWS's own engine. Each task names a bucket and a URL-encoded
 * key (and a version, when the manifest has one); the object is looked up (HeadObject) for its
 * version and last-modified time, then goes through exactly the trigger's path,
 * {@link ArticleProcessor#created}: the same claim, so a version already summarised is a duplicate
 * and is not read again, and the same item.
 *
 * <p>Result codes: {@code Succeeded} when the item is written or already up to date;
 * {@code PermanentFailure} when the object is gone or the article is refused (the reason, as in
 * the FAILED item); {@code TemporaryFailure} for what may pass (throttling, timeouts, another
 * worker summarising the same version), which Batch Operations retries. The result string starts
 * with the outcome (STORED, DUPLICATE, BINARY...), so the completion report can be tallied.
 */
public final class S3BatchHandler implements RequestHandler<S3BatchEventV2, S3BatchResponse> {

    private static final JsonLog LOG = JsonLog.of(S3BatchHandler.class);

    private final ArticleProcessor processor;
    private final ObjectLookup objects;

    /** The runtime's constructor: clients and resources are built here, once per container. */
    public S3BatchHandler() {
        this(LambdaWiring.wire(AwsSettings.fromEnvironment(),
                LambdaWiring.maxObjectBytes(System.getenv(LambdaWiring.MAX_OBJECT_BYTES))));
        SnapStartPriming.register(); // the trigger's path warms the same pipeline and SDK classes
    }

    public S3BatchHandler(LambdaWiring.Wiring wiring) {
        this(wiring.processor(), wiring.objects());
    }

    public S3BatchHandler(ArticleProcessor processor, ObjectLookup objects) {
        this.processor = processor;
        this.objects = objects;
    }

    @Override
    public S3BatchResponse handleRequest(S3BatchEventV2 event, Context context) {
        JsonLog.setRequestId(context == null ? null : context.getAwsRequestId());
        List<S3BatchResponse.Result> results = new ArrayList<>();
        if (event != null && event.getTasks() != null) {
            for (S3BatchEventV2.Task task : event.getTasks()) {
                S3BatchResponse.Result result = handle(task, context);
                LOG.info("batch task handled", "jobId", event.getJob() == null ? null : event.getJob().getId(),
                        "taskId", task.getTaskId(), "bucket", task.getS3Bucket(), "key", decodedOrRaw(task.getS3Key()),
                        "resultCode", result.getResultCode(), "result", result.getResultString());
                results.add(result);
            }
        }
        return S3BatchResponse.builder()
                .withInvocationSchemaVersion(event == null ? "2.0" : event.getInvocationSchemaVersion())
                .withInvocationId(event == null ? null : event.getInvocationId())
                .withTreatMissingKeysAs(ResultCode.PermanentFailure)
                .withResults(results)
                .build();
    }

    private S3BatchResponse.Result handle(S3BatchEventV2.Task task, Context context) {
        String bucket = task.getS3Bucket();
        if (bucket == null || bucket.isBlank() || task.getS3Key() == null) {
            return result(task, ResultCode.PermanentFailure,
                    "INVALID: the task names no bucket or key (create the job with invocation schema 2.0)");
        }
        String key;
        try {
            key = URLDecoder.decode(task.getS3Key(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return result(task, ResultCode.PermanentFailure, "INVALID: the key is not URL-encoded as a manifest's must be");
        }
        if (context != null && context.getRemainingTimeInMillis() < S3EventHandler.DEADLINE_MARGIN_MILLIS) {
            return result(task, ResultCode.TemporaryFailure, "RETRY: deadline near, left for the retry");
        }
        try {
            Optional<ObjectRef> ref = objects.find(bucket, key, blankToNull(task.getS3VersionId()));
            if (ref.isEmpty()) {
                return result(task, ResultCode.PermanentFailure, "NOT_FOUND: s3://" + bucket + "/" + key
                        + (task.getS3VersionId() == null ? "" : " version " + task.getS3VersionId()) + " does not exist");
            }
            return toResult(task, processor.created(ref.get(), leaseUntil(context)));
        } catch (RuntimeException e) {
            LOG.error("batch task failed, will be retried", "taskId", task.getTaskId(), "bucket", bucket, "key", key,
                    "exception", e.getClass().getName(), "detail", e.getMessage());
            return result(task, ResultCode.TemporaryFailure, "RETRY: " + e.getClass().getSimpleName() + " (may pass)");
        }
    }

    private static S3BatchResponse.Result toResult(S3BatchEventV2.Task task, ProcessingOutcome outcome) {
        return switch (outcome.result()) {
            case STORED -> result(task, ResultCode.Succeeded, "STORED: " + outcome.articleId());
            case FAILED -> result(task, ResultCode.PermanentFailure, outcome.error());
            case DUPLICATE -> result(task, ResultCode.Succeeded, "DUPLICATE: already summarised at this version");
            case STALE -> result(task, ResultCode.Succeeded, "STALE: the summary reflects a newer version or event");
            case SUPERSEDED -> result(task, ResultCode.Succeeded, "SUPERSEDED: a newer event took the article over");
            case IN_PROGRESS -> result(task, ResultCode.TemporaryFailure,
                    "IN_PROGRESS: another worker is summarising this version");
            default -> result(task, ResultCode.Succeeded, outcome.result().name());
        };
    }

    private static Instant leaseUntil(Context context) {
        long remaining = context == null ? S3EventHandler.DEFAULT_LEASE_MILLIS : context.getRemainingTimeInMillis();
        return Instant.now().plusMillis(remaining);
    }

    private static S3BatchResponse.Result result(S3BatchEventV2.Task task, ResultCode code, String text) {
        return S3BatchResponse.Result.builder().withTaskId(task.getTaskId()).withResultCode(code)
                .withResultString(text).build();
    }

    private static String decodedOrRaw(String key) {
        try {
            return key == null ? null : URLDecoder.decode(key, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
