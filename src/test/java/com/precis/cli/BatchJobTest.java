package com.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.CreateJobResponse;
import software.amazon.awssdk.services.s3control.model.DescribeJobRequest;
import software.amazon.awssdk.services.s3control.model.DescribeJobResponse;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobReportFormat;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.JobStatus;

/** The S3 Batch Operations job `backfill --aws` creates, and how it follows the job to its end. */
class BatchJobTest {

    static final String ROLE = "arn:aws:iam::123456789012:role/precis-BatchOperationsRole-ABC";
    static final String FUNCTION = "arn:aws:lambda:eu-west-1:123456789012:function:precis-backfill:live";
    static final S3Location WORK = new S3Location("precis-articles-123456789012-eu-west-1", "batch-operations/");
    static final BatchManifest MANIFEST = new BatchManifest(
            new S3Location(WORK.bucket(), "batch-operations/manifests/backfill-1.csv"), "0f343b0931126a20f133d67c2b018a3b",
            JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820, List.of(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY),
            200);

    static BatchJob.Spec spec() {
        return new BatchJob.Spec("123456789012", FUNCTION, ROLE, WORK, MANIFEST, JobReportScope.FAILED_TASKS_ONLY, 10,
                "precis backfill s3://archive/2019/");
    }

    @Test
    void theCreateJobRequestNamesTheManifestTheReportTheRoleAndTheFunction() {
        CreateJobRequest request = BatchJob.request(spec(), "token-1");
        assertThat(request.accountId()).isEqualTo("123456789012");
        assertThat(request.roleArn()).isEqualTo(ROLE);
        assertThat(request.confirmationRequired()).isFalse();
        assertThat(request.clientRequestToken()).isEqualTo("token-1");
        assertThat(request.priority()).isEqualTo(10);
        assertThat(request.operation().lambdaInvoke().functionArn()).isEqualTo(FUNCTION);
        assertThat(request.operation().lambdaInvoke().invocationSchemaVersion()).isEqualTo("2.0");
        assertThat(request.manifest().spec().format()).isEqualTo(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820);
        assertThat(request.manifest().spec().fields()).containsExactly(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY);
        assertThat(request.manifest().location().objectArn())
                .isEqualTo("arn:aws:s3:::precis-articles-123456789012-eu-west-1/batch-operations/manifests/backfill-1.csv");
        assertThat(request.manifest().location().eTag()).isEqualTo("0f343b0931126a20f133d67c2b018a3b");
        assertThat(request.report().enabled()).isTrue();
        assertThat(request.report().bucket()).isEqualTo("arn:aws:s3:::precis-articles-123456789012-eu-west-1");
        assertThat(request.report().prefix()).isEqualTo("batch-operations/reports");
        assertThat(request.report().format()).isEqualTo(JobReportFormat.REPORT_CSV_20180820);
        assertThat(request.report().reportScope()).isEqualTo(JobReportScope.FAILED_TASKS_ONLY);
    }

    @Test
    void anInventoryManifestHasNoFieldsAndItsOwnFormat() {
        BatchManifest inventory = new BatchManifest(new S3Location("inv", "reports/manifest.json"), "e1",
                JobManifestFormat.S3_INVENTORY_REPORT_CSV_20161130, List.of(), -1);
        BatchJob.Spec spec = new BatchJob.Spec("123456789012", FUNCTION, ROLE, WORK, inventory, JobReportScope.ALL_TASKS,
                10, "d");
        CreateJobRequest request = BatchJob.request(spec, "t");
        assertThat(request.manifest().spec().format()).isEqualTo(JobManifestFormat.S3_INVENTORY_REPORT_CSV_20161130);
        assertThat(request.manifest().spec().hasFields()).isFalse();
        assertThat(request.manifest().location().objectArn()).isEqualTo("arn:aws:s3:::inv/reports/manifest.json");
    }

    @Test
    void arnsGiveTheAccountAndTheRegion() {
        assertThat(BatchJob.accountOf(ROLE)).isEqualTo("123456789012");
        assertThat(BatchJob.regionOf(FUNCTION)).isEqualTo("eu-west-1");
        assertThat(BatchJob.regionOf(ROLE)).isNull();
        assertThat(BatchJob.accountOf("precis-role")).isNull();
    }

    @Test
    void manifestKeysAreUrlEncodedWithSpacesAsPercentTwenty() {
        assertThat(BatchManifest.encodeKey("incoming/a b+c ü,d.txt")).isEqualTo("incoming%2Fa%20b%2Bc%20%C3%BC%2Cd.txt");
    }

    /** A Batch Operations stand-in: records CreateJob and answers DescribeJob from a script. */
    static final class ScriptedControl implements S3ControlClient {

        final List<CreateJobRequest> created = new ArrayList<>();
        final List<JobDescriptor> script;
        int polls;

        ScriptedControl(List<JobDescriptor> script) {
            this.script = script;
        }

        @Override
        public CreateJobResponse createJob(CreateJobRequest request) {
            created.add(request);
            return CreateJobResponse.builder().jobId("job-42").build();
        }

        @Override
        public DescribeJobResponse describeJob(DescribeJobRequest request) {
            assertThat(request.jobId()).isEqualTo("job-42");
            assertThat(request.accountId()).isEqualTo("123456789012");
            return DescribeJobResponse.builder().job(script.get(Math.min(polls++, script.size() - 1))).build();
        }

        @Override
        public String serviceName() {
            return "s3control";
        }

        @Override
        public void close() {
        }
    }

    static JobDescriptor job(JobStatus status, long succeeded, long failed, long total) {
        return JobDescriptor.builder().jobId("job-42").status(status)
                .progressSummary(p -> p.totalNumberOfTasks(total).numberOfTasksSucceeded(succeeded).numberOfTasksFailed(failed))
                .report(r -> r.enabled(true).bucket("arn:aws:s3:::" + WORK.bucket()).prefix("batch-operations/reports"))
                .build();
    }

    @Test
    void theJobIsFollowedUntilItEndsAndItsReportIsNamed() throws Exception {
        ScriptedControl control = new ScriptedControl(List.of(job(JobStatus.PREPARING, 0, 0, 200),
                job(JobStatus.ACTIVE, 120, 1, 200), job(JobStatus.COMPLETE, 198, 2, 200)));
        BatchJob.Outcome outcome;
        try (Progress progress = new Progress("backfill", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                false, null)) {
            outcome = BatchJob.watch(control, "123456789012", "job-42", progress, java.time.Duration.ofMillis(1));
            assertThat(progress.done()).isEqualTo(200);
            assertThat(progress.failed()).isEqualTo(2);
        }
        assertThat(control.polls).isEqualTo(3);
        assertThat(outcome.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.report()).isEqualTo("s3://" + WORK.bucket() + "/batch-operations/reports/job-job-42/");
        assertThat(BatchJob.line(outcome, 65)).contains("198 succeeded, 2 failed of 200 tasks")
                .contains("completion report: s3://" + WORK.bucket() + "/batch-operations/reports/job-job-42/");
    }

    @Test
    void submitAndWatchCreatesOneJobAndExitsZeroWhenEveryTaskSucceeded() throws Exception {
        ScriptedControl control = new ScriptedControl(List.of(job(JobStatus.COMPLETE, 200, 0, 200)));
        assertThat(BackfillCommand.submitAndWatch(control, spec())).isZero();
        assertThat(control.created).hasSize(1);
        assertThat(control.created.get(0).operation().lambdaInvoke().functionArn()).isEqualTo(FUNCTION);
    }
}
