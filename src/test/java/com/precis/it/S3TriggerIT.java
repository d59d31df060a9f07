package com.precis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.precis.cli.LocalTrigger;
import com.precis.cli.MotoServer;
import com.precis.document.ArticleDocument;
import com.precis.document.Status;
import com.precis.ingest.ObjectRef;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.S3EventHandler;
import com.precis.pipeline.Precis;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import com.precis.store.ItemMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The S3-trigger path against real S3, SQS and DynamoDB wire protocols (a moto_server this test
 * starts on a free port): upload → S3 event delivered to the queue → handler → item read back.
 */
class S3TriggerIT {

    static final String BUCKET = "precis-articles";
    static final String TABLE = "precis-it-summaries";
    static final Path SAMPLE = Path.of("samples/nvidia-h20-scraped.txt");

    static MotoServer moto;
    static AwsSettings settings;
    static LocalTrigger trigger;
    static DynamoArticleStore store;
    static S3EventHandler handler;

    @BeforeAll
    static void startServices() throws IOException {
        moto = MotoServer.start();
        settings = AwsSettings.local(moto.endpoint(), "us-east-1", TABLE);
        AwsClients clients = new AwsClients(settings);
        LocalTrigger.createTable(clients.dynamoDb(), TABLE);
        trigger = LocalTrigger.create(clients.s3(), clients.sqs(), BUCKET, "precis-it-events");
        store = new DynamoArticleStore(clients.dynamoDb(), TABLE);
        handler = new S3EventHandler(LambdaWiring.with(settings, Precis.DEFAULT_MAX_INPUT_BYTES));
    }

    @AfterAll
    static void stopServices() {
        if (moto != null) {
            moto.close();
        }
    }

    static ArticleDocument stored(String key) {
        String id = ObjectRef.of(BUCKET, key).articleId();
        return ItemMapper.toDocument(store.get(id).orElseThrow(() -> new AssertionError("no item for " + id)));
    }

    static List<S3Event> deliver(int records) {
        List<S3Event> events = trigger.receive(records, Duration.ofSeconds(20));
        assertThat(events.stream().mapToInt(e -> e.getRecords().size()).sum()).isEqualTo(records);
        return events;
    }

    @Test
    void uploadedArticleArrivesAsAnS3EventAndIsStored() {
        String key = trigger.upload(SAMPLE, "incoming/uploaded/nvidia-h20-scraped.txt");
        for (S3Event event : deliver(1)) {
            handler.handleRequest(event, null);
        }
        ArticleDocument doc = stored(key);
        assertThat(doc.status()).isEqualTo(Status.OK);
        assertThat(doc.title()).isEqualTo("China turns buyers against Nvidia's H20 chips after US Commerce Secretary remarks");
        assertThat(doc.source().bucket()).isEqualTo(BUCKET);
        assertThat(doc.source().key()).isEqualTo(key);
        assertThat(doc.source().versionId()).isNotBlank();
        assertThat(doc.source().etag()).hasSize(32);
        assertThat(doc.source().sizeBytes()).isEqualTo(10873L);
        assertThat(doc.cleanText()).startsWith("Beijing has moved to curb the sale");
        assertThat(doc.summary()).hasSizeBetween(3, 5);
    }

    @Test
    void keysWithSpacesAndNonAsciiCharactersArriveEncodedAndAreStoredDecoded() {
        String key = trigger.upload(SAMPLE, "incoming/Straße über Nvidia's H20 (copy).txt");
        List<S3Event> events = deliver(1);
        assertThat(events.get(0).getRecords().get(0).getS3().getObject().getKey()).contains("+").contains("%C3%BC");
        handler.handleRequest(events.get(0), null);
        assertThat(stored(key).status()).isEqualTo(Status.OK);
        assertThat(stored(key).source().key()).isEqualTo(key);
    }

    @Test
    void everyRecordOfAMultiRecordEventIsStored() {
        List<String> keys = List.of("incoming/multi/one.txt", "incoming/multi/two.txt", "incoming/multi/three.txt");
        keys.forEach(k -> trigger.upload(SAMPLE, k));
        List<S3EventNotificationRecord> records = new ArrayList<>();
        deliver(3).forEach(e -> records.addAll(e.getRecords()));
        handler.handleRequest(new S3Event(records), null);
        keys.forEach(k -> assertThat(stored(k).status()).isEqualTo(Status.OK));
    }

    @Test
    void aMissingObjectGetsAFailedItemWhileTheOtherRecordsSucceed() {
        trigger.upload(SAMPLE, "incoming/present.txt");
        trigger.upload("incoming/vanished.txt", "soon gone".getBytes(), "text/plain");
        List<S3EventNotificationRecord> records = new ArrayList<>();
        deliver(2).forEach(e -> records.addAll(e.getRecords()));
        new AwsClients(settings).s3().deleteObjects(r -> r.bucket(BUCKET).delete(d -> d.objects(
                o -> o.key("incoming/vanished.txt").versionId(versionOf(records, "incoming/vanished.txt")))));
        handler.handleRequest(new S3Event(records), null);
        assertThat(stored("incoming/present.txt").status()).isEqualTo(Status.OK);
        ArticleDocument missing = stored("incoming/vanished.txt");
        assertThat(missing.status()).isEqualTo(Status.FAILED);
        assertThat(missing.error()).startsWith("NOT_FOUND");
    }

    @Test
    void theLocalCommandRunsTheSamplesThroughTheTriggerAndPrintsTheItems() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var previous = System.out;
        System.setOut(new java.io.PrintStream(out, true, "UTF-8"));
        int code;
        try {
            code = com.precis.cli.Main.run(new String[] {"local", "--endpoint", moto.endpoint().toString()});
        } finally {
            System.setOut(previous);
        }
        assertThat(code).isZero();
        var item = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString("UTF-8"));
        assertThat(item.get("articleId").asText()).isEqualTo("s3://precis-local-articles/incoming/nvidia-h20-scraped.txt");
        assertThat(item.get("status").asText()).isEqualTo("OK");
        assertThat(item.get("publisher").asText()).isEqualTo("BitcoinEthereumNews");
    }

    @Test
    void everyEventFileRunsThroughTheInvokeCommand() throws Exception {
        List<String> keys = List.of("incoming/batch/first.txt", "incoming/batch/second.txt",
                "incoming/batch/third.txt", "incoming/Straße über Nvidia's H20 (copy).txt");
        String deleted = "incoming/nvidia-h20-scraped.txt";
        keys.forEach(k -> trigger.upload(SAMPLE, k));
        trigger.upload(SAMPLE, deleted);
        trigger.receive(keys.size() + 1, Duration.ofSeconds(20)); // these uploads' own events are not needed here
        try (var files = Files.list(Path.of("events"))) {
            for (Path event : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("env.json")).sorted().toList()) {
                int code = com.precis.cli.Main.run(new String[] {"invoke", event.toString(), "--endpoint",
                        moto.endpoint().toString(), "--table", TABLE});
                assertThat(code).as(event.toString()).isZero();
            }
        }
        keys.forEach(k -> assertThat(stored(k).status()).as(k).isEqualTo(Status.OK));
        // s3-delete.json comes after s3-put.json in S3's order (its sequencer is greater), whichever runs first
        assertThat(stored(deleted).status()).isEqualTo(Status.DELETED);
    }

    private static String versionOf(List<S3EventNotificationRecord> records, String key) {
        return records.stream().filter(r -> r.getS3().getObject().getUrlDecodedKey().equals(key))
                .map(r -> r.getS3().getObject().getVersionId()).findFirst().orElse(null);
    }

    static byte[] sample() throws IOException {
        return Files.readAllBytes(SAMPLE);
    }
}
