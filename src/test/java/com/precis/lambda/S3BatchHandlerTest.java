package com.precis.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.precis.document.ArticleDocument;
import com.precis.document.Status;
import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.ArticleStore;
import com.precis.ingest.Claim;
import com.precis.ingest.FetchedObject;
import com.precis.ingest.InMemoryArticleStore;
import com.precis.ingest.ObjectLookup;
import com.precis.ingest.ObjectRef;
import com.precis.ingest.ObjectSource;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import com.precis.pipeline.Precis;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The S3 Batch Operations handler's answers, with in-memory stand-ins for S3 and DynamoDB. */
class S3BatchHandlerTest {

    private static final String ARTICLE = """
            Ferry timetable changes in the spring

            The ferry company said on Monday that it would change its spring timetable to add two crossings a day.

            “Demand has grown faster than we expected,” the company's director, Lena Holm, told the local paper.

            The new crossings start in April, and tickets go on sale at the end of the month.
            """;

    private final Map<String, byte[]> objects = new HashMap<>();
    private final Map<String, Instant> modified = new HashMap<>();
    private final List<String> throttled = new ArrayList<>();
    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private int reads;

    private final ObjectSource source = new ObjectSource() {
        @Override
        public FetchedObject fetch(ObjectRef ref, long maxBytes) throws ArticleRejectedException {
            reads++;
            byte[] bytes = objects.get(ref.key());
            if (bytes == null) {
                throw new ArticleRejectedException(Reason.NOT_FOUND, "no such key");
            }
            return new FetchedObject(bytes, "text/plain", ref.versionId(), "etag");
        }
    };

    private final ObjectLookup lookup = (bucket, key, versionId) -> {
        if (throttled.contains(key)) {
            throw new IllegalStateException("SlowDown");
        }
        return objects.containsKey(key)
                ? Optional.of(new ObjectRef(bucket, key, "v1", "etag", (long) objects.get(key).length, null, modified.get(key)))
                : Optional.empty();
    };

    private S3BatchHandler handler(ArticleStore articles) {
        return new S3BatchHandler(new ArticleProcessor(source, articles, Precis.standard(), Clock.systemUTC()), lookup);
    }

    private void put(String key, byte[] bytes, String lastModified) {
        objects.put(key, bytes);
        modified.put(key, Instant.parse(lastModified));
    }

    static S3BatchEventV2 event(String bucket, String encodedKey) {
        return S3BatchEventV2.builder().withInvocationSchemaVersion("2.0").withInvocationId("inv-1")
                .withJob(S3BatchEventV2.Job.builder().withId("job-1").build())
                .withTasks(List.of(S3BatchEventV2.Task.builder().withTaskId("task-1").withS3Bucket(bucket)
                        .withS3Key(encodedKey).build()))
                .build();
    }

    private S3BatchResponse.Result answer(S3BatchHandler handler, String encodedKey) {
        S3BatchResponse response = handler.handleRequest(event("articles", encodedKey), null);
        assertThat(response.getInvocationId()).isEqualTo("inv-1");
        assertThat(response.getInvocationSchemaVersion()).isEqualTo("2.0");
        assertThat(response.getResults()).hasSize(1);
        assertThat(response.getResults().get(0).getTaskId()).isEqualTo("task-1");
        return response.getResults().get(0);
    }

    @Test
    void aGoodObjectSucceedsAMissingOneAndABinaryOneFailPermanentlyWithTheirReason() {
        put("incoming/good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "2026-03-01T10:00:00Z");
        put("incoming/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "2026-03-01T10:00:00Z");
        S3BatchHandler handler = handler(store);

        S3BatchResponse.Result good = answer(handler, "incoming/good.txt");
        assertThat(good.getResultCode()).isEqualTo(ResultCode.Succeeded);
        assertThat(good.getResultString()).startsWith("STORED");
        assertThat(store.documents.get("s3://articles/incoming/good.txt").status()).isEqualTo(Status.OK);

        S3BatchResponse.Result missing = answer(handler, "incoming/gone.txt");
        assertThat(missing.getResultCode()).isEqualTo(ResultCode.PermanentFailure);
        assertThat(missing.getResultString()).startsWith("NOT_FOUND").contains("incoming/gone.txt");
        assertThat(store.documents).doesNotContainKey("s3://articles/incoming/gone.txt");

        S3BatchResponse.Result binary = answer(handler, "incoming/image.txt");
        assertThat(binary.getResultCode()).isEqualTo(ResultCode.PermanentFailure);
        assertThat(binary.getResultString()).startsWith("BINARY");
        assertThat(store.documents.get("s3://articles/incoming/image.txt").status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aSecondRunOverTheSameVersionIsADuplicateWithoutReadingTheObject() {
        put("incoming/good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "2026-03-01T10:00:00Z");
        S3BatchHandler handler = handler(store);
        answer(handler, "incoming/good.txt");
        ArticleDocument first = store.documents.get("s3://articles/incoming/good.txt");
        int readsBefore = reads;

        S3BatchResponse.Result again = answer(handler, "incoming/good.txt");
        assertThat(again.getResultCode()).isEqualTo(ResultCode.Succeeded);
        assertThat(again.getResultString()).startsWith("DUPLICATE");
        assertThat(reads).isEqualTo(readsBefore);
        assertThat(store.documents.get("s3://articles/incoming/good.txt")).isSameAs(first);

        modified.put("incoming/good.txt", Instant.parse("2026-03-02T10:00:00Z")); // overwritten since
        assertThat(answer(handler, "incoming/good.txt").getResultString()).startsWith("STORED");
        assertThat(store.documents.get("s3://articles/incoming/good.txt")).isNotSameAs(first);
    }

    @Test
    void keysArriveUrlEncodedAsInTheManifest() {
        put("incoming/harbour plan ü+1.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "2026-03-01T10:00:00Z");
        S3BatchResponse.Result result = answer(handler(store), "incoming/harbour%20plan%20%C3%BC%2B1.txt");
        assertThat(result.getResultCode()).isEqualTo(ResultCode.Succeeded);
        assertThat(store.documents).containsKey("s3://articles/incoming/harbour plan ü+1.txt");
    }

    @Test
    void whatMayPassIsATemporaryFailure() {
        put("incoming/good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "2026-03-01T10:00:00Z");
        throttled.add("incoming/good.txt");
        S3BatchResponse.Result throttledResult = answer(handler(store), "incoming/good.txt");
        assertThat(throttledResult.getResultCode()).isEqualTo(ResultCode.TemporaryFailure);
        assertThat(throttledResult.getResultString()).contains("IllegalStateException");
        throttled.clear();

        ArticleStore claimedElsewhere = new ArticleStore() {
            @Override
            public Claim claim(ObjectRef ref, String order, Instant now, Instant leaseUntil) {
                return Claim.refused(Claim.Status.IN_PROGRESS);
            }

            @Override
            public boolean complete(ArticleDocument document, String order, String token) {
                throw new AssertionError("nothing to write");
            }

            @Override
            public void release(ObjectRef ref, String token) {
            }

            @Override
            public boolean markDeleted(ObjectRef ref, String order, Instant at, boolean onlyThisVersion) {
                return false;
            }
        };
        S3BatchResponse.Result busy = answer(handler(claimedElsewhere), "incoming/good.txt");
        assertThat(busy.getResultCode()).isEqualTo(ResultCode.TemporaryFailure);
        assertThat(busy.getResultString()).startsWith("IN_PROGRESS");
    }

    @Test
    void aSchemaOneEventWithoutBucketNameFailsPermanentlySayingWhy() {
        S3BatchEventV2 event = event(null, "incoming/a.txt");
        S3BatchResponse.Result result = handler(store).handleRequest(event, null).getResults().get(0);
        assertThat(result.getResultCode()).isEqualTo(ResultCode.PermanentFailure);
        assertThat(result.getResultString()).contains("schema 2.0");
    }

    @Test
    void theEventFileReadsAsTheRuntimeReadsItAndTheResponseHasBatchOperationsFieldNames() throws Exception {
        S3BatchEventV2 event;
        try (InputStream in = Files.newInputStream(Path.of("events/batch/s3-batch-task.json"))) {
            event = LambdaEventSerializers.serializerFor(S3BatchEventV2.class, S3BatchEventV2.class.getClassLoader())
                    .fromJson(in);
        }
        assertThat(event.getInvocationSchemaVersion()).isEqualTo("2.0");
        assertThat(event.getTasks().get(0).getS3Bucket()).isEqualTo("precis-articles");
        assertThat(event.getTasks().get(0).getS3Key()).isEqualTo("incoming/nvidia-h20-scraped.txt");
        S3BatchResponse response = handler(store).handleRequest(event, null);
        var out = new java.io.ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(S3BatchResponse.class, S3BatchResponse.class.getClassLoader())
                .toJson(response, out);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray());
        assertThat(json.get("invocationId").asText()).isEqualTo(event.getInvocationId());
        assertThat(json.get("treatMissingKeysAs").asText()).isEqualTo("PermanentFailure");
        assertThat(json.at("/results/0/taskId").asText()).isEqualTo("dGFza2lkZ29lc2hlcmUK");
        assertThat(json.at("/results/0/resultCode").asText()).isEqualTo("PermanentFailure"); // not in this store
        assertThat(json.at("/results/0/resultString").asText()).startsWith("NOT_FOUND");
    }
}
