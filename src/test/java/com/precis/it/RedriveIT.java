package com.precis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precis.cli.CliProcess;
import com.precis.cli.LocalTrigger;
import com.precis.cli.MotoServer;
import com.precis.ingest.ObjectRef;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code precis redrive} against moto's S3, SQS and DynamoDB: the dead-letter queue holds Lambda's
 * on-failure records of genuine S3 events (as the queue S3 notified delivered them); a dry run
 * lists and keeps them; a redrive stores the objects still present, deletes those messages, drops
 * the one whose object is gone, and leaves what it cannot read.
 */
class RedriveIT {

    static final String BUCKET = "precis-redrive-articles";
    static final String TABLE = "precis-redrive-summaries";
    static final Path SAMPLE = Path.of("samples/nvidia-h20-scraped.txt");

    static MotoServer moto;
    static AwsClients clients;
    static LocalTrigger trigger;
    static SqsClient sqs;
    static String dlq;

    @BeforeAll
    static void start() throws IOException {
        moto = MotoServer.start();
        clients = new AwsClients(AwsSettings.local(moto.endpoint(), "us-east-1", TABLE));
        LocalTrigger.createTable(clients.dynamoDb(), TABLE);
        trigger = LocalTrigger.create(clients.s3(), clients.sqs(), BUCKET, "precis-redrive-events");
        sqs = clients.sqs();
        dlq = sqs.createQueue(r -> r.queueName("precis-redrive-dlq")).queueUrl();
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    /** Lambda's on-failure destination record around an S3 event body, as SQS holds it. */
    static String failureRecord(String s3EventJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode record = json.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", "2026-12-04T10:00:00.000Z");
        ObjectNode context = record.putObject("requestContext");
        context.put("requestId", "e4b46cbf-b738-4a6f-8880-a18cdf61200e");
        context.put("functionArn", "arn:aws:lambda:us-east-1:123456789012:function:precis-summarizer:live");
        context.put("condition", "RetriesExhausted");
        context.put("approximateInvokeCount", 3);
        record.set("requestPayload", json.readTree(s3EventJson));
        ObjectNode response = record.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "3");
        response.put("functionError", "Unhandled");
        ObjectNode payload = record.putObject("responsePayload");
        payload.put("errorType", "com.precis.lambda.RetryableEventException");
        payload.put("errorMessage", "1 of 1 records failed in a way that may pass; the event will be retried");
        return json.writeValueAsString(record);
    }

    /** The raw S3 event bodies the bucket's notifications delivered for these uploads. */
    static List<String> uploadAndCaptureEvents(List<String> keys) {
        keys.forEach(k -> trigger.upload(SAMPLE, k));
        String queue = sqs.getQueueUrl(r -> r.queueName("precis-redrive-events")).queueUrl();
        List<String> bodies = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (bodies.size() < keys.size() && System.nanoTime() < deadline) {
            sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1)).messages().forEach(m -> {
                sqs.deleteMessage(r -> r.queueUrl(queue).receiptHandle(m.receiptHandle()));
                if (!m.body().contains("s3:TestEvent")) {
                    bodies.add(m.body());
                }
            });
        }
        assertThat(bodies).hasSize(keys.size());
        return bodies;
    }

    static int visibleMessages() {
        return sqs.getQueueAttributes(r -> r.queueUrl(dlq)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes().values().stream().mapToInt(Integer::parseInt).sum(); // visible or still hidden
    }

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PRECIS_DEBUG", null);
        env.put("PRECIS_DLQ_URL", null);
        return env;
    }

    @Test
    void aRedriveStoresWhatIsStillThereDeletesThoseMessagesAndKeepsWhatItCannotRead() throws Exception {
        List<String> events = uploadAndCaptureEvents(List.of("incoming/failed once.txt", "incoming/gone.txt"));
        clients.s3().deleteObject(r -> r.bucket(BUCKET).key("incoming/gone.txt"));
        for (String event : events) {
            String body = failureRecord(event);
            sqs.sendMessage(r -> r.queueUrl(dlq).messageBody(body));
        }
        sqs.sendMessage(r -> r.queueUrl(dlq).messageBody("{\"not\": \"an invocation record\"}"));
        String[] redrive = {"redrive", "--queue", dlq, "--endpoint", moto.endpoint().toString(), "--table", TABLE};

        CliProcess.Run dry = CliProcess.run(env(), concat(redrive, "--dry-run"));
        assertThat(dry.code()).as(dry.err()).isEqualTo(1); // one message it cannot read
        assertThat(dry.err()).contains("RetriesExhausted after 3 tries")
                .contains("ObjectCreated:Put s3://" + BUCKET + "/incoming/failed once.txt")
                .contains("s3://" + BUCKET + "/incoming/gone.txt (gone)")
                .contains("redrive: 3 messages (dry run: nothing processed or deleted): 1 re-processed would be");
        DynamoArticleStore store = new DynamoArticleStore(clients.dynamoDb(), TABLE);
        String stored = ObjectRef.of(BUCKET, "incoming/failed once.txt").articleId();
        assertThat(store.get(stored)).as("a dry run processes nothing").isEmpty();
        assertThat(visibleMessages()).isEqualTo(3);

        CliProcess.Run run = CliProcess.run(env(), redrive);
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.hasStackTrace()).isFalse();
        assertThat(run.err()).contains("redrive: 3 messages: 1 re-processed and deleted, 1 with every object gone (deleted),"
                + " 0 still failing (left in the queue), 1 unreadable (left in the queue)");
        assertThat(store.get(stored).orElseThrow().get("status").s()).isEqualTo("OK");
        assertThat(store.get(ObjectRef.of(BUCKET, "incoming/gone.txt").articleId())).isEmpty();
        assertThat(visibleMessages()).isEqualTo(1);
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
