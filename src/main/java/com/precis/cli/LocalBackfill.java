package com.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import com.precis.lambda.S3BatchHandler;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A backfill on this machine, where S3 Batch Operations does not run (moto, LocalStack, or AWS
 * from a laptop): the objects under the prefix are listed with ListObjectsV2 and each becomes the
 * very invocation Batch Operations would send (schema 2.0, one task), handled by
 * {@link S3BatchHandler} on a bounded pool of workers. Resumable by construction: the handler's
 * claim makes a version already summarised a duplicate, so a second run, or one after a kill,
 * summarises only what is missing. Temporary failures (a claim still held by a killed run,
 * throttling) are retried with backoff, as Batch Operations retries them.
 */
final class LocalBackfill {

    /** A task's deadline, and so its claim's lease: a killed run's claims free up this long after. */
    static final int TASK_SECONDS = 30;
    /** Waits between tries of a temporary failure: more in all than a task's lease. */
    static final long[] RETRY_MILLIS = {500, 1000, 2000, 4000, 8000, 16000, 16000};

    record Totals(long objects, long stored, long upToDate, long failed, double seconds) {

        String line() {
            return String.format(Locale.ROOT, "backfill: %d object%s in %.1f s (%.1f/s): %d stored, %d already up to date,"
                            + " %d failed", objects, objects == 1 ? "" : "s", seconds, seconds > 0 ? objects / seconds : 0,
                    stored, upToDate, failed);
        }
    }

    private final S3Client s3;
    private final S3BatchHandler handler;
    private final int workers;
    private final boolean terminal;
    private final String jobId = "local-" + UUID.randomUUID();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong upToDate = new AtomicLong();
    private final AtomicLong taskIds = new AtomicLong();

    LocalBackfill(S3Client s3, S3BatchHandler handler, int workers, boolean terminal) {
        this.s3 = s3;
        this.handler = handler;
        this.workers = workers;
        this.terminal = terminal;
    }

    Totals run(S3Location location) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "backfill-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(workers * 2); // listing runs ahead of the workers, boundedly
        long listed = 0;
        try (Progress progress = new Progress("backfill", System.err, terminal,
                () -> stored.get() + " stored, " + upToDate.get() + " up to date")) {
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(location.bucket()).prefix(location.prefix()))
                    .contents()) {
                if (object.key().endsWith("/") && object.size() != null && object.size() == 0) {
                    continue; // a console "folder", not an article
                }
                inFlight.acquire();
                listed++;
                String key = object.key();
                pool.execute(() -> {
                    try {
                        handle(location.bucket(), key, progress);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            progress.total(listed);
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the last tasks; the progress display goes on
            }
            return new Totals(listed, stored.get(), upToDate.get(), progress.failed(), progress.seconds());
        } finally {
            pool.shutdownNow();
        }
    }

    private void handle(String bucket, String key, Progress progress) {
        S3BatchResponse.Result result = null;
        try {
            for (int attempt = 0; ; attempt++) {
                result = invoke(bucket, key);
                if (result.getResultCode() != ResultCode.TemporaryFailure || attempt >= RETRY_MILLIS.length) {
                    break;
                }
                Thread.sleep(RETRY_MILLIS[attempt]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            result = S3BatchResponse.Result.builder().withResultCode(ResultCode.PermanentFailure)
                    .withResultString("ERROR: " + e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
        if (result == null) {
            return; // interrupted before a first answer: nothing to count
        }
        boolean failed = result.getResultCode() != ResultCode.Succeeded;
        if (failed) {
            progress.message("failed: s3://" + bucket + "/" + key + ": " + result.getResultString());
        } else if (result.getResultString() != null && result.getResultString().startsWith("STORED")) {
            stored.incrementAndGet();
        } else {
            upToDate.incrementAndGet();
        }
        progress.add(failed);
    }

    private S3BatchResponse.Result invoke(String bucket, String key) {
        S3BatchEventV2 event = S3BatchEventV2.builder()
                .withInvocationSchemaVersion("2.0")
                .withInvocationId(UUID.randomUUID().toString())
                .withJob(S3BatchEventV2.Job.builder().withId(jobId).build())
                .withTasks(List.of(S3BatchEventV2.Task.builder()
                        .withTaskId(jobId + "-" + taskIds.incrementAndGet())
                        .withS3Bucket(bucket)
                        .withS3Key(BatchManifest.encodeKey(key))
                        .build()))
                .build();
        return handler.handleRequest(event, new LocalContext(TASK_SECONDS)).getResults().get(0);
    }
}
