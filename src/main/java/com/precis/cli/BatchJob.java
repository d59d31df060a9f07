package com.precis.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobManifestLocation;
import software.amazon.awssdk.services.s3control.model.JobManifestSpec;
import software.amazon.awssdk.services.s3control.model.JobOperation;
import software.amazon.awssdk.services.s3control.model.JobProgressSummary;
import software.amazon.awssdk.services.s3control.model.JobReport;
import software.amazon.awssdk.services.s3control.model.JobReportFormat;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.LambdaInvokeOperation;

/**
 * A backfill run by S3 Batch Operations: one job that invokes the backfill function (the
 * template's {@code BackfillFunction}, {@code lambda.S3BatchHandler}) on every object of a
 * manifest, with the template's Batch Operations role, writing its completion report under the
 * work location (outside the trigger prefix). {@link #request} is the whole CreateJob request;
 * {@link #watch} polls DescribeJob until the job ends.
 */
final class BatchJob {

    /** Waits between two DescribeJob calls. */
    static final Duration POLL = Duration.ofSeconds(5);

    /** What a job is made of. {@code accountId} is the role's; {@code work} holds manifests and reports. */
    record Spec(String accountId, String functionArn, String roleArn, S3Location work, BatchManifest manifest,
                JobReportScope reportScope, int priority, String description) {
    }

    /** How a job ended, and where its report is. */
    record Outcome(String jobId, JobStatus status, long succeeded, long failed, long total, String report,
                   String failureReasons) {

        boolean ok() {
            return status == JobStatus.COMPLETE && failed == 0;
        }
    }

    private BatchJob() {
    }

    static CreateJobRequest request(Spec spec, String clientRequestToken) {
        String partition = partitionOf(spec.roleArn());
        return CreateJobRequest.builder()
                .accountId(spec.accountId())
                .confirmationRequired(false)
                .clientRequestToken(clientRequestToken)
                .description(spec.description())
                .priority(spec.priority())
                .roleArn(spec.roleArn())
                .operation(JobOperation.builder().lambdaInvoke(LambdaInvokeOperation.builder()
                        .functionArn(spec.functionArn())
                        .invocationSchemaVersion("2.0")
                        .build()).build())
                .manifest(JobManifest.builder()
                        .spec(JobManifestSpec.builder().format(spec.manifest().format())
                                .fields(spec.manifest().fields().isEmpty() ? null : spec.manifest().fields()).build())
                        .location(JobManifestLocation.builder()
                                .objectArn("arn:" + partition + ":s3:::" + spec.manifest().location().bucket() + "/"
                                        + spec.manifest().location().prefix())
                                .eTag(spec.manifest().etag())
                                .build())
                        .build())
                .report(JobReport.builder()
                        .enabled(true)
                        .bucket("arn:" + partition + ":s3:::" + spec.work().bucket())
                        .prefix(reportPrefix(spec.work()))
                        .format(JobReportFormat.REPORT_CSV_20180820)
                        .reportScope(spec.reportScope())
                        .build())
                .build();
    }

    /** Reports go under {@code <work>/reports}, which the role may write and the trigger never sees. */
    static String reportPrefix(S3Location work) {
        return work.asFolder().prefix() + "reports";
    }

    static String create(S3ControlClient control, Spec spec) {
        return control.createJob(request(spec, UUID.randomUUID().toString())).jobId();
    }

    /** Polls the job until it completes, fails or is cancelled, showing its tasks on {@code progress}. */
    static Outcome watch(S3ControlClient control, String accountId, String jobId, Progress progress, Duration poll)
            throws InterruptedException {
        String lastStatus = null;
        while (true) {
            JobDescriptor job = control.describeJob(r -> r.accountId(accountId).jobId(jobId)).job();
            JobProgressSummary summary = job.progressSummary();
            long succeeded = summary == null || summary.numberOfTasksSucceeded() == null ? 0 : summary.numberOfTasksSucceeded();
            long failed = summary == null || summary.numberOfTasksFailed() == null ? 0 : summary.numberOfTasksFailed();
            long total = summary == null || summary.totalNumberOfTasks() == null ? -1 : summary.totalNumberOfTasks();
            progress.set(succeeded + failed, failed, total);
            String status = job.statusAsString();
            if (!status.equals(lastStatus)) {
                progress.message("job " + jobId + ": " + status);
                lastStatus = status;
            }
            JobStatus s = job.status();
            if (s == JobStatus.COMPLETE || s == JobStatus.FAILED || s == JobStatus.CANCELLED) {
                String reasons = job.hasFailureReasons() && !job.failureReasons().isEmpty()
                        ? job.failureReasons().stream().map(f -> f.failureCode() + ": " + f.failureReason())
                        .reduce((a, b) -> a + "; " + b).orElse("") : null;
                String report = job.report() != null && Boolean.TRUE.equals(job.report().enabled())
                        ? "s3://" + bucketOf(job.report().bucket()) + "/" + job.report().prefix() + "/job-" + jobId + "/"
                        : null;
                return new Outcome(jobId, s, succeeded, failed, total, report, reasons);
            }
            Thread.sleep(poll.toMillis());
        }
    }

    static String line(Outcome o, double seconds) {
        return String.format(Locale.ROOT, "backfill: job %s %s in %s: %d succeeded, %d failed of %s tasks%s%s", o.jobId(),
                o.status(), Progress.duration(seconds), o.succeeded(), o.failed(), o.total() < 0 ? "?" : o.total(),
                o.report() == null ? "" : "; completion report: " + o.report() + " (manifest.json, results/*.csv)",
                o.failureReasons() == null ? "" : "; failure: " + o.failureReasons());
    }

    /** The account id in an ARN (arn:partition:service:region:account:...). */
    static String accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length >= 5 && parts[4].matches("\\d{12}") ? parts[4] : null;
    }

    /** The region in an ARN, or null for a global one (IAM). */
    static String regionOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length >= 4 && !parts[3].isEmpty() ? parts[3] : null;
    }

    private static String partitionOf(String arn) {
        String[] parts = arn.split(":", 3);
        return parts.length >= 2 && !parts[1].isEmpty() ? parts[1] : "aws";
    }

    private static String bucketOf(String bucketArn) {
        int colons = bucketArn.lastIndexOf(':');
        return colons >= 0 ? bucketArn.substring(colons + 1) : bucketArn;
    }
}
