package com.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.precis.document.DocumentJson;
import com.precis.ingest.ObjectRef;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.S3EventHandler;
import com.precis.log.JsonLog;
import com.precis.pipeline.Precis;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import com.precis.store.ItemMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code local [FILE...] [--endpoint URL]}: the main job on one machine. Starts a moto_server (or
 * uses the endpoint given), creates the bucket, table and queue, uploads the files under the
 * trigger prefix, hands each S3 event from the queue to the handler unchanged, and prints the
 * stored items. Logs go to stderr, items to stdout.
 */
final class LocalCommand {

    static final String BUCKET = "precis-local-articles";
    static final String TABLE = "precis-local-summaries";
    static final String QUEUE = "precis-local-events";
    private static final String REGION = "us-east-1";

    static final Usage USAGE = new Usage("local [FILE...] [--endpoint URL]",
            "The main job on this machine: starts a moto_server (unless --endpoint names a running one), creates\n"
                    + "the bucket, the table and a queue for the bucket's notifications, uploads the files (default: samples/)\n"
                    + "under incoming/<path relative to their common folder>, hands each S3 event to the Lambda handler\n"
                    + "unchanged and prints the stored items. Logs go to stderr, items to stdout.",
            List.of(Usage.option("--endpoint", "URL", "use this running server (moto_server, LocalStack) instead of starting one")));

    private LocalCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        URI endpoint = null;
        if (args.value("--endpoint") != null) {
            AwsSettings given = ServiceOptions.resolve(args, false, TABLE);
            endpoint = given.s3Endpoint();
        }
        List<Path> files = args.positionals().stream().map(Path::of).toList();
        if (files.isEmpty()) {
            files = listSamples(Path.of("samples"));
            if (files.isEmpty()) {
                throw args.error("no files given, and no samples/ folder here to take them from");
            }
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure("no such file: " + file);
            }
        }
        JsonLog.redirect(System.err);
        MotoServer server = endpoint == null ? MotoServer.start() : null;
        try {
            URI target = server != null ? server.endpoint() : endpoint;
            System.err.println("local S3, SQS and DynamoDB at " + target + (server != null ? " (moto_server started)" : ""));
            return runAgainst(AwsSettings.local(target, REGION, TABLE), files);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static int runAgainst(AwsSettings settings, List<Path> files) {
        AwsClients clients = new AwsClients(settings);
        var dynamo = clients.dynamoDb();
        LocalTrigger.createTable(dynamo, settings.tableName());
        LocalTrigger trigger = LocalTrigger.create(clients.s3(), clients.sqs(), BUCKET, QUEUE);
        List<String> keys = new ArrayList<>();
        // Distinct files get distinct keys: their paths relative to the folder that holds them all.
        for (var file : InputNames.relative(files).entrySet()) {
            keys.add(trigger.upload(file.getKey(), LocalTrigger.PREFIX + file.getValue()));
        }
        S3EventHandler handler = new S3EventHandler(LambdaWiring.with(settings, Precis.DEFAULT_MAX_INPUT_BYTES));
        List<S3Event> events = trigger.receive(keys.size(), Duration.ofSeconds(30));
        int failures = 0;
        for (S3Event event : events) {
            try {
                handler.handleRequest(event, new LocalContext(60));
            } catch (RuntimeException e) {
                System.err.println("invocation failed: " + e.getMessage());
                failures++;
            }
        }
        DynamoArticleStore store = new DynamoArticleStore(dynamo, settings.tableName());
        for (String key : keys) {
            String id = ObjectRef.of(BUCKET, key).articleId();
            var item = store.get(id);
            if (item.isEmpty()) {
                System.err.println("no item for " + id);
                failures++;
                continue;
            }
            System.out.println(DocumentJson.write(ItemMapper.toDocument(item.get()))); // in the document's field order
        }
        return failures == 0 ? 0 : 1;
    }

    private static List<Path> listSamples(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
