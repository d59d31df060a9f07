package com.precis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precis.cli.LocalTrigger;
import com.precis.cli.Main;
import com.precis.cli.MotoServer;
import com.precis.ingest.ObjectRef;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import com.precis.store.ItemMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment jar itself, as ProGuard shrank it: every command run with {@code java -jar
 * target/precis.jar} gives what the same command gives from the unshrunk classes (the other
 * tests' classpath). A class or member that the shrinker dropped but something loads by name
 * (reflection, ServiceLoader, the SDK's interceptor lists, Jackson) fails here.
 */
class ShrunkJarIT {

    static final Path JAR = Path.of("target/precis.jar");
    static final Path SAMPLE = Path.of("samples/nvidia-h20-scraped.txt");
    static final Path HTML = Path.of("src/main/resources/com/precis/lambda/priming-article.html");
    static final String BUCKET = "precis-articles"; // the bucket the files in events/ name
    static final ObjectMapper JSON = new ObjectMapper();

    static MotoServer moto;
    static AwsSettings settings;
    static LocalTrigger trigger;

    @BeforeAll
    static void start() throws IOException {
        assertThat(JAR).as("run after `mvn package`").exists();
        moto = MotoServer.start();
        settings = AwsSettings.local(moto.endpoint(), "us-east-1", null);
        AwsClients clients = new AwsClients(settings);
        trigger = LocalTrigger.create(clients.s3(), clients.sqs(), BUCKET, "precis-shrunk-it-events");
        LocalTrigger.createTable(clients.dynamoDb(), "shrunk");
        LocalTrigger.createTable(clients.dynamoDb(), "unshrunk");
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void summarizeGivesTheSameDocumentForTextAndHtml() throws Exception {
        for (Path file : List.of(SAMPLE, HTML)) {
            Run shrunk = jar("summarize", file.toString());
            assertThat(shrunk.code).as(shrunk.err).isZero();
            String unshrunk = inProcess("summarize", file.toString());
            assertThat(comparable(JSON.readTree(shrunk.out))).as(file.toString())
                    .isEqualTo(comparable(JSON.readTree(unshrunk)));
        }
    }

    @Test
    void invokeStoresTheSameItemsForEveryEventFile() throws Exception {
        List<String> keys = List.of("incoming/nvidia-h20-scraped.txt", "incoming/batch/first.txt",
                "incoming/batch/second.txt", "incoming/batch/third.txt", "incoming/Straße über Nvidia's H20 (copy).txt");
        keys.forEach(k -> trigger.upload(SAMPLE, k));
        List<Path> events;
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            events = files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("env.json")).sorted().toList();
        }
        for (Path event : events) {
            Run shrunk = jar("invoke", event.toString(), "--endpoint", moto.endpoint().toString(), "--table", "shrunk");
            assertThat(shrunk.code).as(event + ": " + shrunk.err).isZero();
            assertThat(Main.run(new String[] {"invoke", event.toString(), "--endpoint", moto.endpoint().toString(),
                    "--table", "unshrunk"})).isZero();
        }
        AwsClients clients = new AwsClients(settings);
        DynamoArticleStore shrunk = new DynamoArticleStore(clients.dynamoDb(), "shrunk");
        DynamoArticleStore unshrunk = new DynamoArticleStore(clients.dynamoDb(), "unshrunk");
        for (String key : keys) {
            String id = ObjectRef.of(BUCKET, key).articleId();
            JsonNode fromJar = ItemMapper.toJson(shrunk.get(id).orElseThrow(() -> new AssertionError("no item " + id)));
            JsonNode fromClasses = ItemMapper.toJson(unshrunk.get(id).orElseThrow());
            assertThat(fromJar.get("status").asText()).as(key).isIn("OK", "DELETED"); // s3-delete.json removes one
            assertThat(comparable(fromJar)).as(key).isEqualTo(comparable(fromClasses));
        }
    }

    @Test
    void localRunsTheSampleThroughTheTrigger() throws Exception {
        Run run = jar("local", "--endpoint", moto.endpoint().toString());
        assertThat(run.code).as(run.err).isZero();
        JsonNode item = JSON.readTree(run.out);
        assertThat(item.get("status").asText()).isEqualTo("OK");
        assertThat(item.get("publisher").asText()).isEqualTo("BitcoinEthereumNews");
        assertThat(item.get("quotes").size()).isPositive();
        assertThat(item.fieldNames().next()).as("printed in the document's field order").isEqualTo("articleId");
    }

    @Test
    void theBatchHandlerAndBackfillRunFromTheJar() throws Exception {
        trigger.upload(SAMPLE, "incoming/nvidia-h20-scraped.txt"); // the object events/batch/s3-batch-task.json names
        trigger.upload(SAMPLE, "shrunk-backfill/one.txt");
        trigger.upload(HTML, "shrunk-backfill/two page.html");
        Run batch = jar("invoke", "events/batch/s3-batch-task.json", "--endpoint", moto.endpoint().toString(),
                "--table", "shrunk-batch");
        assertThat(batch.code).as(batch.err).isEqualTo(1); // the table does not exist: a TemporaryFailure, retried
        LocalTrigger.createTable(new AwsClients(settings).dynamoDb(), "shrunk-batch");
        batch = jar("invoke", "events/batch/s3-batch-task.json", "--endpoint", moto.endpoint().toString(),
                "--table", "shrunk-batch");
        assertThat(batch.code).as(batch.err).isZero();
        JsonNode response = JSON.readTree(batch.out);
        assertThat(response.at("/results/0/resultCode").asText()).isEqualTo("Succeeded");
        assertThat(response.at("/results/0/taskId").asText()).isEqualTo("dGFza2lkZ29lc2hlcmUK");
        Run backfill = jar("backfill", "s3://" + BUCKET + "/shrunk-backfill/", "--endpoint", moto.endpoint().toString(),
                "--table", "shrunk-batch");
        assertThat(backfill.code).as(backfill.err).isZero();
        assertThat(backfill.err).contains("backfill: 2 objects in").contains(": 2 stored, 0 already up to date, 0 failed");
    }

    @Test
    void benchTimesThePipelineOverAFolder() throws Exception {
        Path dir = Files.createTempDirectory("precis-bench-it");
        Files.copy(SAMPLE, dir.resolve("sample.txt"));
        Files.copy(HTML, dir.resolve("page.html"));
        Run run = jar("bench", dir.toString(), "--warmup", "0.2", "--seconds", "0.2");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).containsPattern("2 pages of .*: [0-9.]+ pages/s, [0-9.]+ MB/s, p50 [0-9.]+ ms, p99 [0-9.]+ ms")
                .contains(", 0 rejected");
    }

    /** The document without what differs between two runs of the same input: when, and how long. */
    static JsonNode comparable(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("processedAt");
        copy.remove("deletedAt");
        if (copy.get("stats") instanceof ObjectNode stats) {
            stats.remove("processingMillis");
        }
        return copy;
    }

    record Run(int code, String out, String err) {
    }

    static Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("precis-jar-", ".out");
        Path err = Files.createTempFile("precis-jar-", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static String inProcess(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(previous);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
