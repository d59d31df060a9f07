package com.precis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.precis.cli.LocalTrigger;
import com.precis.cli.MotoServer;
import com.precis.document.ArticleDocument;
import com.precis.document.Status;
import com.precis.ingest.ObjectRef;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.RetryableEventException;
import com.precis.lambda.S3EventHandler;
import com.precis.pipeline.Precis;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import com.precis.store.ItemMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What S3 and Lambda do to events in practice, done on purpose against real wire protocols: the
 * same event many times (also at once), events out of order, removals, connection resets, an
 * outage, the server stopped and restarted. Each test says what it injects and checks that
 * every article has exactly one item with the newest content: nothing lost, nothing doubled.
 * The totals are printed at the end ("reliability: ...").
 */
class ReliabilityIT {

    static final String BUCKET = "precis-reliability";
    static final String TABLE = "precis-reliability-summaries";

    static MotoServer moto;
    static FaultProxy proxy;
    static AwsClients direct;
    static LocalTrigger trigger;
    static DynamoArticleStore store;
    static S3EventHandler handler;

    static int duplicatesDelivered;
    static int duplicateItemsCreated;
    static int restarts;
    static int articlesExpected;
    static int articlesLost;

    @BeforeAll
    static void start() throws IOException {
        moto = MotoServer.start();
        proxy = FaultProxy.start(moto.endpoint());
        seed(moto);
        // the handler reaches S3 and DynamoDB through the proxy; the test's own set-up does not
        handler = new S3EventHandler(LambdaWiring.with(AwsSettings.local(proxy.endpoint(), "us-east-1", TABLE),
                Precis.DEFAULT_MAX_INPUT_BYTES));
    }

    static void seed(MotoServer server) {
        direct = new AwsClients(AwsSettings.local(server.endpoint(), "us-east-1", TABLE));
        LocalTrigger.createTable(direct.dynamoDb(), TABLE);
        trigger = LocalTrigger.create(direct.s3(), direct.sqs(), BUCKET, "precis-reliability-events");
        store = new DynamoArticleStore(direct.dynamoDb(), TABLE);
    }

    @AfterAll
    static void stop() throws IOException {
        System.out.printf("reliability: duplicates delivered %d -> extra items created %d; faults injected %d -> "
                        + "articles lost %d of %d%n", duplicatesDelivered, duplicateItemsCreated, proxy.injected() + restarts,
                articlesLost, articlesExpected);
        proxy.close();
        if (moto != null) {
            moto.close();
        }
    }

    static String article(String topic) {
        return topic + " draws crowds to the harbour\n\n"
                + "The harbour festival about " + topic + " opened on Saturday and drew thousands of visitors, "
                + "the organisers said.\n\n"
                + "“We have never seen a crowd like this for " + topic + ",” the organiser, Maria Lund, told "
                + "reporters at the gate.\n\n"
                + "The festival continues until Sunday evening, when the city council will close the quay.\n";
    }

    static S3Event upload(String key, String text) {
        trigger.upload(key, text.getBytes(StandardCharsets.UTF_8), "text/plain");
        return single();
    }

    static S3Event single() {
        List<S3Event> events = trigger.receive(1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static ArticleDocument item(String key) {
        return store.get(ObjectRef.of(BUCKET, key).articleId()).map(ItemMapper::toDocument).orElse(null);
    }

    static long statuses(Map<String, Object> report, String status) {
        return ((List<?>) report.get("results")).stream().filter(r -> ((Map<?, ?>) r).get("status").equals(status)).count();
    }

    /** Counts an article: lost unless its item exists with the expected status and content. */
    static void expectArticle(String key, Status status, String contentMarker) {
        articlesExpected++;
        ArticleDocument doc = item(key);
        boolean ok = doc != null && doc.status() == status && (contentMarker == null || doc.cleanText().contains(contentMarker));
        if (!ok) {
            articlesLost++;
        }
        assertThat(ok).as("item for %s: %s", key, doc == null ? "none" : doc.status()).isTrue();
    }

    @Test
    void theSameEventDeliveredManyTimesLeavesOneItemAndIsSummarisedOnce() throws Exception {
        // injected: one event delivered 5 times in a row, then 8 times at once
        String key = "incoming/dup/harbour.txt";
        S3Event event = upload(key, article("sailing"));
        int stored = 0;
        for (int i = 0; i < 5; i++) {
            stored += statuses(handler.handleRequest(event, null), "STORED");
        }
        ArticleDocument first = item(key);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> handler.handleRequest(event, null));
        }
        for (Future<Map<String, Object>> f : pool.invokeAll(calls)) {
            stored += statuses(f.get(), "STORED");
        }
        pool.shutdown();
        duplicatesDelivered += 12;
        duplicateItemsCreated += stored - 1;
        assertThat(stored).as("times the version was summarised and written").isEqualTo(1);
        assertThat(item(key).processedAt()).isEqualTo(first.processedAt());
        expectArticle(key, Status.OK, "sailing");
    }

    @Test
    void concurrentFirstDeliveriesOfANewArticleSummariseItOnce() throws Exception {
        // injected: 8 copies of the first event of a new key, all at once (no item exists yet)
        String key = "incoming/dup/concurrent.txt";
        S3Event event = upload(key, article("rowing"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> handler.handleRequest(event, null));
        }
        long stored = 0;
        for (Future<Map<String, Object>> f : pool.invokeAll(calls)) {
            stored += statuses(f.get(), "STORED");
        }
        pool.shutdown();
        duplicatesDelivered += 7;
        duplicateItemsCreated += (int) stored - 1;
        assertThat(stored).isEqualTo(1);
        expectArticle(key, Status.OK, "rowing");
    }

    @Test
    void anOlderEventArrivingAfterANewerOneNeverOverwritesIt() throws Exception {
        // injected: two uploads of one key, their events delivered newest first
        String key = "incoming/order/report.txt";
        S3Event older = upload(key, article("kayaks"));
        Thread.sleep(5); // moto's events have no sequencer: their times order them
        S3Event newer = upload(key, article("canoes"));
        assertThat(statuses(handler.handleRequest(newer, null), "STORED")).isEqualTo(1);
        assertThat(statuses(handler.handleRequest(older, null), "STALE")).isEqualTo(1);
        expectArticle(key, Status.OK, "canoes");
        assertThat(item(key).cleanText()).doesNotContain("kayaks");
    }

    @Test
    void anOverwriteOfTheKeyReplacesTheSummary() throws Exception {
        String key = "incoming/order/overwrite.txt";
        handler.handleRequest(upload(key, article("ferries")), null);
        Thread.sleep(5);
        handler.handleRequest(upload(key, article("tugboats")), null);
        expectArticle(key, Status.OK, "tugboats");
    }

    @Test
    void aRemovalMarksTheSummaryDeletedAndALateCreateCannotBringItBack() throws Exception {
        // injected: create, delete, then the create event delivered again after the delete
        String key = "incoming/delete/gone.txt";
        S3Event created = upload(key, article("lighthouses"));
        handler.handleRequest(created, null);
        Thread.sleep(5);
        direct.s3().deleteObject(r -> r.bucket(BUCKET).key(key));
        // moto sends no removal events for versioned buckets: this is the event S3 sends for the delete marker
        S3EventNotificationRecord c = created.getRecords().get(0);
        S3Event removed = LocalTrigger.parse("""
                {"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1",
                "eventTime": "%s", "eventName": "ObjectRemoved:DeleteMarkerCreated",
                "s3": {"s3SchemaVersion": "1.0", "configurationId": "x", "bucket": {"name": "%s",
                "arn": "arn:aws:s3:::%s"}, "object": {"key": "%s", "versionId": "delete-marker-1"}}}]}"""
                .formatted(java.time.Instant.now(), BUCKET, BUCKET, c.getS3().getObject().getKey()));
        assertThat(statuses(handler.handleRequest(removed, null), "DELETED")).isEqualTo(1);
        assertThat(statuses(handler.handleRequest(created, null), "STALE")).isEqualTo(1);
        expectArticle(key, Status.DELETED, "lighthouses");
    }

    @Test
    void connectionResetsAreRiddenOutByTheSdksRetries() {
        // injected: the next 3 connections to S3/DynamoDB reset (RST) as soon as they open
        String key = "incoming/faults/resets.txt";
        S3Event event = upload(key, article("buoys"));
        proxy.inject(FaultProxy.Fault.RESET, 3);
        assertThat(statuses(handler.handleRequest(event, null), "STORED")).isEqualTo(1);
        expectArticle(key, Status.OK, "buoys");
    }

    @Test
    void droppedAndDelayedConnectionsAreRiddenOutToo() {
        // injected: 2 connections that take the request and never answer, then 3 slow ones (300 ms)
        String key = "incoming/faults/drops.txt";
        S3Event event = upload(key, article("anchors"));
        proxy.inject(FaultProxy.Fault.DROP, 2);
        assertThat(statuses(handler.handleRequest(event, null), "STORED")).isEqualTo(1);
        String key2 = "incoming/faults/delays.txt";
        S3Event slow = upload(key2, article("masts"));
        proxy.delay(300, 3);
        assertThat(statuses(handler.handleRequest(slow, null), "STORED")).isEqualTo(1);
        expectArticle(key, Status.OK, "anchors");
        expectArticle(key2, Status.OK, "masts");
    }

    @Test
    void aPersistentOutageFailsTheInvocationSoTheEventIsRetriedNotLost() {
        // injected: every connection resets, beyond the SDK's retries; then the outage ends
        String key = "incoming/faults/outage.txt";
        S3Event event = upload(key, article("harbour cranes"));
        proxy.inject(FaultProxy.Fault.RESET, Integer.MAX_VALUE);
        try {
            assertThatThrownBy(() -> handler.handleRequest(event, null)).isInstanceOf(RetryableEventException.class);
        } finally {
            proxy.clear();
        }
        assertThat(item(key)).as("no item, and no claim left behind, while the store was unreachable").isNull();
        // Lambda retries the failed invocation with the same event
        assertThat(statuses(handler.handleRequest(event, null), "STORED")).isEqualTo(1);
        expectArticle(key, Status.OK, "harbour cranes");
    }

    @Test
    void theServerStoppedAndRestartedMidBatchLosesNothing() throws Exception {
        // injected: moto killed between two records of one event, restarted on a new port
        List<String> keys = List.of("incoming/restart/one.txt", "incoming/restart/two.txt");
        List<S3EventNotificationRecord> records = new ArrayList<>();
        records.addAll(upload(keys.get(0), article("pilots")).getRecords());
        records.addAll(upload(keys.get(1), article("pilot boats")).getRecords());
        handler.handleRequest(new S3Event(List.of(records.get(0))), null);
        MotoServer old = moto;
        old.close();
        restarts++;
        assertThatThrownBy(() -> handler.handleRequest(new S3Event(records), null))
                .isInstanceOf(RetryableEventException.class);
        // the service comes back (moto keeps no state: the test puts back what S3 and DynamoDB would have kept)
        moto = MotoServer.start();
        seed(moto);
        direct.s3().putObject(r -> r.bucket(BUCKET).key(keys.get(0)).contentType("text/plain"),
                software.amazon.awssdk.core.sync.RequestBody.fromString(article("pilots")));
        direct.s3().putObject(r -> r.bucket(BUCKET).key(keys.get(1)).contentType("text/plain"),
                software.amazon.awssdk.core.sync.RequestBody.fromString(article("pilot boats")));
        trigger.receive(2, Duration.ofSeconds(5));
        proxy.retarget(moto.endpoint());
        // Lambda retries the whole event; versions differ on the new server, so read the latest
        List<S3EventNotificationRecord> retried = new ArrayList<>();
        for (S3EventNotificationRecord r : records) {
            var o = r.getS3().getObject();
            retried.add(new S3EventNotificationRecord(r.getAwsRegion(), r.getEventName(), r.getEventSource(),
                    r.getEventTime().toString(), r.getEventVersion(), null, null,
                    new com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity(
                            r.getS3().getConfigurationId(), r.getS3().getBucket(),
                            new com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity(
                                    o.getKey(), o.getSizeAsLong(), o.geteTag(), null, o.getSequencer()),
                            r.getS3().getS3SchemaVersion()), null));
        }
        handler.handleRequest(new S3Event(retried), null);
        expectArticle(keys.get(0), Status.OK, "pilots");
        expectArticle(keys.get(1), Status.OK, "pilot boats");
    }
}
