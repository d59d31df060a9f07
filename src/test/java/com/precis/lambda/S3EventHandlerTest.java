package com.precis.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.precis.document.ArticleDocument;
import com.precis.document.Status;
import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.InMemoryArticleStore;
import com.precis.ingest.FetchedObject;
import com.precis.ingest.ObjectRef;
import com.precis.ingest.ObjectSource;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import com.precis.pipeline.Precis;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handler's record loop, with in-memory stand-ins for S3 and DynamoDB. */
class S3EventHandlerTest {

    private static final String ARTICLE = """
            Officials meet to discuss the new harbour plan

            The city council met on Tuesday to discuss the new harbour plan, which would double the size of the port.

            “We have waited long enough for this harbour,” the mayor, Anna Berg, told reporters after the meeting.

            The plan will be put to a vote next month, and the council expects a narrow result either way.
            """;

    private final Map<String, byte[]> objects = new HashMap<>();
    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private final Map<String, ArticleDocument> items = store.documents;
    private final List<String> failingKeys = new ArrayList<>();

    private final ObjectSource source = new ObjectSource() {
        @Override
        public FetchedObject fetch(ObjectRef ref, long maxBytes) throws ArticleRejectedException {
            if (failingKeys.contains(ref.key())) {
                throw new IllegalStateException("simulated throttling");
            }
            byte[] bytes = objects.get(ref.key());
            if (bytes == null) {
                throw new ArticleRejectedException(Reason.NOT_FOUND, "no such key");
            }
            return new FetchedObject(bytes, "text/plain", "v1", "etag1");
        }
    };
    private final S3EventHandler handler = new S3EventHandler(new ArticleProcessor(source, store,
            Precis.standard(), Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)));

    private static S3EventNotificationRecord record(String eventName, String encodedKey) {
        return record(eventName, encodedKey, "0055AED6DCD90281E5");
    }

    private static S3EventNotificationRecord record(String eventName, String encodedKey, String sequencer) {
        S3ObjectEntity object = new S3ObjectEntity(encodedKey, 100L, "etag1", null, sequencer);
        S3Entity s3 = new S3Entity("config", new S3BucketEntity("articles", null, "arn:aws:s3:::articles"), object, "1.0");
        return new S3EventNotificationRecord("us-east-1", eventName, "aws:s3", "2026-01-01T00:00:00.000Z", "2.1",
                null, null, s3, null);
    }

    private void put(String key, String text) {
        objects.put(key, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyRecordOfTheEventIsProcessed() {
        put("incoming/a.txt", ARTICLE);
        put("incoming/b.txt", ARTICLE);
        put("incoming/c.txt", ARTICLE);
        handler.handleRequest(new S3Event(List.of(record("ObjectCreated:Put", "incoming/a.txt"),
                record("ObjectCreated:Put", "incoming/b.txt"), record("ObjectCreated:Copy", "incoming/c.txt"))), null);
        assertThat(items).containsOnlyKeys("s3://articles/incoming/a.txt", "s3://articles/incoming/b.txt",
                "s3://articles/incoming/c.txt");
        assertThat(items.values()).allSatisfy(doc -> assertThat(doc.status()).isEqualTo(Status.OK));
    }

    @Test
    void keysAreDecodedBeforeReadingTheObject() {
        put("incoming/harbour plan ü.txt", ARTICLE);
        handler.handleRequest(new S3Event(List.of(record("ObjectCreated:Put", "incoming%2Fharbour+plan+%C3%BC.txt"))), null);
        ArticleDocument doc = items.get("s3://articles/incoming/harbour plan ü.txt");
        assertThat(doc.status()).isEqualTo(Status.OK);
        assertThat(doc.source().key()).isEqualTo("incoming/harbour plan ü.txt");
        assertThat(doc.source().sequencer()).isEqualTo("0055AED6DCD90281E5");
        assertThat(doc.processedAt()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void aMissingObjectGetsAFailedItemAndTheOthersSucceed() {
        put("incoming/a.txt", ARTICLE);
        Map<String, Object> report = handler.handleRequest(new S3Event(List.of(
                record("ObjectCreated:Put", "incoming/gone.txt"), record("ObjectCreated:Put", "incoming/a.txt"))), null);
        assertThat(items.get("s3://articles/incoming/gone.txt").status()).isEqualTo(Status.FAILED);
        assertThat(items.get("s3://articles/incoming/gone.txt").error()).startsWith("NOT_FOUND");
        assertThat(items.get("s3://articles/incoming/a.txt").status()).isEqualTo(Status.OK);
        assertThat(report.get("records")).isEqualTo(2);
    }

    @Test
    void emptyAndBinaryObjectsAreRecordedAsFailedNotThrown() {
        objects.put("incoming/empty.txt", new byte[0]);
        objects.put("incoming/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        handler.handleRequest(new S3Event(List.of(record("ObjectCreated:Put", "incoming/empty.txt"),
                record("ObjectCreated:Put", "incoming/image.txt"))), null);
        assertThat(items.get("s3://articles/incoming/empty.txt").error()).startsWith("EMPTY");
        assertThat(items.get("s3://articles/incoming/image.txt").error()).startsWith("BINARY");
    }

    @Test
    void aRetryableFailureFailsTheInvocationOnlyAfterTheOtherRecordsAreDone() {
        put("incoming/a.txt", ARTICLE);
        put("incoming/throttled.txt", ARTICLE);
        failingKeys.add("incoming/throttled.txt");
        S3Event event = new S3Event(List.of(record("ObjectCreated:Put", "incoming/throttled.txt"),
                record("ObjectCreated:Put", "incoming/a.txt")));
        assertThatThrownBy(() -> handler.handleRequest(event, null))
                .isInstanceOf(RetryableEventException.class).hasMessageContaining("1 of 2");
        assertThat(items).containsOnlyKeys("s3://articles/incoming/a.txt");
    }

    @Test
    void aRedeliveredEventIsSkippedAsADuplicate() {
        put("incoming/a.txt", ARTICLE);
        S3Event event = new S3Event(List.of(record("ObjectCreated:Put", "incoming/a.txt")));
        handler.handleRequest(event, null);
        ArticleDocument first = items.get("s3://articles/incoming/a.txt");
        Map<String, Object> again = handler.handleRequest(event, null);
        assertThat(again.toString()).contains("DUPLICATE");
        assertThat(items.get("s3://articles/incoming/a.txt")).isSameAs(first);
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteTheNewerSummary() {
        put("incoming/a.txt", ARTICLE);
        handler.handleRequest(new S3Event(List.of(record("ObjectCreated:Put", "incoming/a.txt", "00B0"))), null);
        Map<String, Object> late = handler.handleRequest(
                new S3Event(List.of(record("ObjectCreated:Put", "incoming/a.txt", "A0"))), null);
        assertThat(late.toString()).contains("STALE");
    }

    @Test
    void removalsMarkTheSummaryDeleted() {
        Map<String, Object> report = handler.handleRequest(new S3Event(List.of(
                record("ObjectRemoved:DeleteMarkerCreated", "incoming/a.txt"))), null);
        assertThat(report.toString()).contains("DELETED");
    }

    @Test
    void otherEventTypesAreSkipped() {
        Map<String, Object> report = handler.handleRequest(new S3Event(List.of(
                record("ObjectRestore:Completed", "incoming/a.txt"))), null);
        assertThat(items).isEmpty();
        assertThat(report.toString()).contains("SKIPPED");
    }

    /** A Lambda context whose deadline is {@code remaining} milliseconds away at every call. */
    private static com.amazonaws.services.lambda.runtime.Context deadlineIn(int remaining) {
        return (com.amazonaws.services.lambda.runtime.Context) java.lang.reflect.Proxy.newProxyInstance(
                S3EventHandlerTest.class.getClassLoader(),
                new Class<?>[] {com.amazonaws.services.lambda.runtime.Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemainingTimeInMillis" -> remaining;
                    case "getAwsRequestId" -> "req-1";
                    default -> null;
                });
    }

    @Test
    void nearTheDeadlineNoRecordIsStartedAndTheInvocationFailsForARetry() {
        put("incoming/a.txt", ARTICLE);
        S3Event event = new S3Event(List.of(record("ObjectCreated:Put", "incoming/a.txt")));
        assertThatThrownBy(() -> handler.handleRequest(event, deadlineIn((int) S3EventHandler.DEADLINE_MARGIN_MILLIS - 1)))
                .isInstanceOf(RetryableEventException.class);
        assertThat(items).isEmpty();
        handler.handleRequest(event, deadlineIn(50_000));
        assertThat(items).containsOnlyKeys("s3://articles/incoming/a.txt");
    }

    @Test
    void anEventWithoutRecordsIsANoOp() {
        assertThat(handler.handleRequest(new S3Event(List.of()), null).get("records")).isEqualTo(0);
        assertThat(handler.handleRequest(new S3Event(null), null).get("records")).isEqualTo(0);
        assertThat(items).isEmpty();
    }
}
