package com.precis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import com.precis.cli.CliProcess;
import com.precis.cli.LocalTrigger;
import com.precis.cli.MotoServer;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.S3BatchHandler;
import com.precis.pipeline.Precis;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code precis backfill} against real S3 and DynamoDB wire protocols (moto): 60 objects that no
 * trigger saw end up stored once, a second run stores nothing new, a run killed half way resumes
 * without summarising anything twice; and the batch handler's answers for a good, a missing and a
 * binary object, read from S3 as Batch Operations would have it read.
 */
class BackfillIT {

    static final String BUCKET = "precis-local-articles"; // the bucket `local` uses
    static final String TABLE = "precis-local-summaries";
    static final Path SAMPLE = Path.of("samples/nvidia-h20-scraped.txt");

    static MotoServer moto;
    static AwsSettings settings;
    static S3Client s3;
    static DynamoDbClient dynamo;

    @BeforeAll
    static void start() throws IOException {
        moto = MotoServer.start();
        settings = AwsSettings.local(moto.endpoint(), "us-east-1", TABLE);
        AwsClients clients = new AwsClients(settings);
        s3 = clients.s3();
        dynamo = clients.dynamoDb();
        s3.createBucket(r -> r.bucket(BUCKET));
        s3.putBucketVersioning(r -> r.bucket(BUCKET).versioningConfiguration(v -> v.status("Enabled")));
        LocalTrigger.createTable(dynamo, TABLE);
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    /**
     * Short made-up articles, one quote and a few actors each: what is measured here is the
     * backfill's bookkeeping, and moto copies a whole table in every transaction, so long items
     * would make the server, not the backfill, the slow part.
     */
    static void upload(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String key = String.format("%sarticle %03d.txt", prefix, i); // a space: keys travel URL-encoded
            String text = String.format("Tram line %d opens in Riverton%n%n"
                    + "The Riverton Transit Authority opened tram line %d on Monday after two years of work.%n%n"
                    + "\"It will carry ten thousand people a day,\" said Mayor Ana Costa. The line cost %d million euros.%n",
                    i, i, 40 + i);
            s3.putObject(r -> r.bucket(BUCKET).key(key).contentType("text/plain"), RequestBody.fromString(text));
        }
    }

    /** The items of a table under a prefix with a status, by article id, with their processedAt. */
    static Map<String, String> items(String table, String prefix, String status) {
        Map<String, String> found = new HashMap<>();
        dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true).projectionExpression("articleId, #s, processedAt")
                .expressionAttributeNames(Map.of("#s", "status"))).items().forEach(item -> {
            String id = item.get(DynamoArticleStore.KEY).s();
            AttributeValue itemStatus = item.get("status");
            if (id.startsWith("s3://" + BUCKET + "/" + prefix) && itemStatus != null && status.equals(itemStatus.s())) {
                found.put(id, item.get("processedAt").s());
            }
        });
        return found;
    }

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PRECIS_PROGRESS", null); // not a terminal: plain progress lines
        env.put("PRECIS_DEBUG", null);
        env.put("TABLE_NAME", null);
        return env;
    }

    static String[] backfill(String prefix, String table) {
        return new String[] {"backfill", "s3://" + BUCKET + "/" + prefix, "--endpoint", moto.endpoint().toString(),
                "--table", table, "--workers", "2"};
    }

    @Test
    void sixtyObjectsAreStoredOnceAndASecondRunStoresNothingNew() throws Exception {
        String prefix = "incoming/";
        String table = "precis-backfill-summaries"; // its own table: moto's transactions copy the whole table
        int objects = 60;
        upload(prefix, objects);
        CliProcess.Run first = CliProcess.run(env(), backfill(prefix, table));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.hasStackTrace()).isFalse();
        assertThat(first.err()).containsPattern("backfill: \\d+(/" + objects + " \\(\\d+%\\))?, [0-9.]+/s");
        assertThat(first.err()).contains("backfill: " + objects + " objects in")
                .contains(": " + objects + " stored, 0 already up to date, 0 failed");
        Map<String, String> stored = items(table, prefix, "OK");
        assertThat(stored).hasSize(objects);

        CliProcess.Run second = CliProcess.run(env(), backfill(prefix, table));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains(": 0 stored, " + objects + " already up to date, 0 failed");
        assertThat(items(table, prefix, "OK")).isEqualTo(stored); // same items, same processedAt: nothing re-summarised
    }

    @Test
    void aRunKilledHalfWayResumesWithoutSummarisingAnythingTwice() throws Exception {
        String prefix = "killed/";
        String table = "precis-killed-summaries"; // its own table: the polling below scans only these items
        int objects = 80;
        upload(prefix, objects);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.precis.cli.Main"));
        command.addAll(List.of(backfill(prefix, table)));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && run.isAlive() && (!tableExists(table) || items(table, prefix, "OK").size() < 25)) {
            Thread.sleep(500);
        }
        assertThat(run.isAlive()).as("still running part way").isTrue();
        run.destroyForcibly().waitFor(); // a kill -9: no shutdown hook, claims left as they were
        Map<String, String> beforeResume = items(table, prefix, "OK");
        assertThat(beforeResume.size()).isBetween(25, objects - 1);

        CliProcess.Run resumed = CliProcess.run(env(), backfill(prefix, table));
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains(": " + (objects - beforeResume.size()) + " stored, " + beforeResume.size()
                + " already up to date, 0 failed");
        Map<String, String> after = items(table, prefix, "OK");
        assertThat(after).hasSize(objects);
        beforeResume.forEach((id, processedAt) -> assertThat(after.get(id)).as(id).isEqualTo(processedAt));
        assertThat(items(table, prefix, "PROCESSING")).isEmpty();
    }

    static boolean tableExists(String table) {
        return dynamo.listTables().tableNames().contains(table);
    }

    static S3BatchResponse.Result task(S3BatchHandler handler, String encodedKey) {
        S3BatchEventV2 event = S3BatchEventV2.builder().withInvocationSchemaVersion("2.0").withInvocationId("inv")
                .withJob(S3BatchEventV2.Job.builder().withId("job").build())
                .withTasks(List.of(S3BatchEventV2.Task.builder().withTaskId("t").withS3Bucket(BUCKET).withS3Key(encodedKey)
                        .build()))
                .build();
        return handler.handleRequest(event, null).getResults().get(0);
    }

    @Test
    void theBatchHandlerAnswersAGoodAMissingAndABinaryObjectWithTheirResultCodes() throws IOException {
        s3.putObject(r -> r.bucket(BUCKET).key("codes/good article.txt"), RequestBody.fromFile(SAMPLE));
        s3.putObject(r -> r.bucket(BUCKET).key("codes/scan.pdf"),
                RequestBody.fromBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\0\0\0".getBytes(
                        java.nio.charset.StandardCharsets.ISO_8859_1)));
        S3BatchHandler handler = new S3BatchHandler(LambdaWiring.wire(settings, Precis.DEFAULT_MAX_INPUT_BYTES));

        S3BatchResponse.Result good = task(handler, "codes/good%20article.txt");
        assertThat(good.getResultCode()).as(good.getResultString()).isEqualTo(ResultCode.Succeeded);
        assertThat(good.getResultString()).startsWith("STORED");
        S3BatchResponse.Result missing = task(handler, "codes/never-uploaded.txt");
        assertThat(missing.getResultCode()).isEqualTo(ResultCode.PermanentFailure);
        assertThat(missing.getResultString()).startsWith("NOT_FOUND");
        S3BatchResponse.Result binary = task(handler, "codes/scan.pdf");
        assertThat(binary.getResultCode()).isEqualTo(ResultCode.PermanentFailure);
        assertThat(binary.getResultString()).startsWith("BINARY");
        assertThat(task(handler, "codes/good%20article.txt").getResultString()).startsWith("DUPLICATE");
    }
}
