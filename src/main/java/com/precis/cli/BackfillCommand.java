package com.precis.cli;

import com.precis.lambda.LambdaWiring;
import com.precis.lambda.S3BatchHandler;
import com.precis.log.JsonLog;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.JobReportScope;

/**
 * {@code backfill s3://BUCKET/PREFIX}: summarises every object already under a prefix, which the
 * upload trigger never saw. By default on this machine (moto, LocalStack, or AWS itself) through
 * {@link LocalBackfill}; with {@code --aws} as an S3 Batch Operations job over a manifest
 * ({@link BatchJob}), AWS's own engine for "do this to every object". Either way each object goes
 * through {@code lambda.S3BatchHandler} and the trigger's idempotent path: a run can be repeated or
 * resumed, and summarises only what is not stored yet at its current version.
 */
final class BackfillCommand {

    static final Usage USAGE = new Usage(
            "backfill s3://BUCKET/PREFIX [--endpoint URL] [--table NAME] [--workers N]\n"
                    + "       java -jar precis.jar backfill s3://BUCKET/PREFIX --aws --function ARN --role ARN --work s3://BUCKET/PREFIX\n"
                    + "                                    [--manifest s3://BUCKET/KEY] [--report failed|all]",
            "Summarises every object under s3://BUCKET/PREFIX that is not stored yet at its current version.\n"
                    + "By default here, through the batch handler on a pool of workers (against --endpoint, moto or\n"
                    + "LocalStack, or AWS with AWS_REGION and TABLE_NAME); a second run, or one after an interruption,\n"
                    + "summarises only what is missing. With --aws: writes a CSV manifest of the objects (or takes\n"
                    + "--manifest), creates an S3 Batch Operations job that invokes the backfill function on each,\n"
                    + "follows it to the end and prints where its completion report is. --function, --role and --work\n"
                    + "are the stack's BackfillFunctionArn, BatchOperationsRoleArn and BatchWorkLocation outputs.\n"
                    + "Progress: a bar on a terminal, a line every few seconds otherwise; then a totals line.",
            List.of(ServiceOptions.ENDPOINT, ServiceOptions.TABLE,
                    Usage.option("--workers", "N", "objects summarised at once, locally (default 4)"),
                    Usage.flag("--aws", "run as an S3 Batch Operations job instead of here"),
                    Usage.option("--function", "ARN", "with --aws: the backfill function (alias) the job invokes"),
                    Usage.option("--role", "ARN", "with --aws: the role Batch Operations assumes"),
                    Usage.option("--work", "S3URL", "with --aws: where manifests and completion reports go"),
                    Usage.option("--manifest", "S3URL", "with --aws: an existing CSV manifest or S3 Inventory manifest.json"),
                    Usage.option("--report", "failed|all", "with --aws: which tasks the completion report lists (default failed)")));

    static final int DEFAULT_WORKERS = 4;

    private BackfillCommand() {
    }

    static int run(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE);
        if (args.positionals().size() > 1) {
            throw args.error("one s3://BUCKET/PREFIX at a time");
        }
        S3Location source = args.positionals().isEmpty() ? null : S3Location.parse(args.positionals().get(0), args);
        return args.flag("--aws") ? onAws(args, source) : here(args, source);
    }

    private static int here(Args args, S3Location source) throws InterruptedException {
        for (String awsOnly : List.of("--function", "--role", "--work", "--manifest", "--report")) {
            if (args.value(awsOnly) != null) {
                throw args.error(awsOnly + " goes with --aws");
            }
        }
        if (source == null) {
            throw args.error("no s3://BUCKET/PREFIX given");
        }
        int workers = args.positiveInt("--workers", DEFAULT_WORKERS);
        AwsSettings settings = ServiceOptions.resolve(args, true, LocalCommand.TABLE);
        JsonLog.redirect(System.err);
        JsonLog.atLeast(JsonLog.Level.WARN); // one progress display, not a log line per object; failures are listed
        AwsClients clients = new AwsClients(settings);
        if (settings.localServer()) {
            LocalTrigger.createTable(clients.dynamoDb(), settings.tableName()); // as `local` does; never on AWS
        } else {
            requireTable(clients, settings);
        }
        S3BatchHandler handler = new S3BatchHandler(LambdaWiring.wire(settings,
                LambdaWiring.maxObjectBytes(System.getenv(LambdaWiring.MAX_OBJECT_BYTES))));
        boolean terminal = Progress.onTerminal();
        System.err.println("backfill: " + source + " into table " + settings.tableName()
                + (settings.s3Endpoint() != null ? " at " + settings.s3Endpoint() : "") + ", " + workers + " workers");
        LocalBackfill.Totals totals = new LocalBackfill(clients.s3(), handler, workers, terminal).run(source);
        System.err.println(totals.line());
        return totals.failed() == 0 ? 0 : 1;
    }

    private static int onAws(Args args, S3Location source) throws Exception {
        if (args.value("--endpoint") != null || args.value("--table") != null || args.value("--workers") != null) {
            throw args.error("--endpoint, --table and --workers are for a backfill here, not with --aws");
        }
        String function = required(args, "--function");
        String role = required(args, "--role");
        S3Location work = S3Location.parse(required(args, "--work"), args).asFolder();
        String manifestUrl = args.value("--manifest");
        if (source == null && manifestUrl == null) {
            throw args.error("give s3://BUCKET/PREFIX to list, or --manifest s3://BUCKET/KEY");
        }
        JobReportScope scope = switch (args.value("--report", "failed").toLowerCase(Locale.ROOT)) {
            case "failed" -> JobReportScope.FAILED_TASKS_ONLY;
            case "all" -> JobReportScope.ALL_TASKS;
            default -> throw args.error("--report is failed or all, not '" + args.value("--report") + "'");
        };
        String account = BatchJob.accountOf(role);
        if (account == null) {
            throw args.error("--role must be a role ARN (arn:aws:iam::ACCOUNT:role/NAME), not '" + role + "'");
        }
        String region = AwsSettings.fromEnvironment().region();
        if (region == null) {
            region = BatchJob.regionOf(function);
        }
        if (region == null) {
            throw new CommandFailure("AWS_REGION is not set and --function names no region: export AWS_REGION=<region>");
        }
        AwsSettings settings = AwsSettings.fromEnvironment();
        settings = new AwsSettings(settings.s3Endpoint(), settings.dynamoDbEndpoint(), settings.sqsEndpoint(), region,
                settings.tableName());
        S3Client s3 = new AwsClients(settings).s3();
        BatchManifest manifest;
        if (manifestUrl != null) {
            manifest = BatchManifest.existing(s3, S3Location.parse(manifestUrl, args));
            System.err.println("backfill: manifest " + manifest.location() + " (" + manifest.format() + ")");
        } else {
            S3Location target = work.resolve("manifests/backfill-" + Instant.now().toString().replace(':', '-') + ".csv");
            manifest = BatchManifest.write(s3, source, target);
            System.err.println("backfill: listed " + manifest.objects() + " objects under " + source + " into " + target);
        }
        BatchJob.Spec spec = new BatchJob.Spec(account, function, role, work, manifest, scope, 10,
                "precis backfill " + (source != null ? source : manifest.location()));
        try (S3ControlClient control = S3ControlClient.builder().region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            return submitAndWatch(control, spec);
        }
    }

    static int submitAndWatch(S3ControlClient control, BatchJob.Spec spec) throws InterruptedException {
        String jobId = BatchJob.create(control, spec);
        System.err.println("backfill: created S3 Batch Operations job " + jobId + " (follow it in the S3 console,"
                + " or: aws s3control describe-job --account-id " + spec.accountId() + " --job-id " + jobId + ")");
        BatchJob.Outcome outcome;
        double seconds;
        try (Progress progress = new Progress("backfill", System.err, Progress.onTerminal(), null)) {
            outcome = BatchJob.watch(control, spec.accountId(), jobId, progress, BatchJob.POLL);
            seconds = progress.seconds();
        }
        System.err.println(BatchJob.line(outcome, seconds));
        return outcome.ok() ? 0 : 1;
    }

    /** A missing table would make every task a temporary failure, retried for a minute each: say so now. */
    private static void requireTable(AwsClients clients, AwsSettings settings) {
        try {
            clients.dynamoDb().describeTable(r -> r.tableName(settings.tableName()));
        } catch (ResourceNotFoundException e) {
            throw new CommandFailure("the table " + settings.tableName() + " does not exist in " + settings.region()
                    + ": check TABLE_NAME or --table (the stack's SummaryTableName output) and AWS_REGION");
        } catch (RuntimeException cannotTell) {
            // no DescribeTable permission, say: the tasks themselves will tell
        }
    }

    private static String required(Args args, String option) {
        String value = args.value(option);
        if (value == null || value.isBlank()) {
            throw args.error("--aws needs " + option);
        }
        return value;
    }
}
