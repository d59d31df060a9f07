package com.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.precis.store.DynamoArticleStore;
import com.precis.store.IndexSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The S3 trigger on one machine: a bucket whose notifications for the trigger prefix go to an SQS
 * queue, as in AWS; the server (moto, LocalStack) writes genuine S3 event JSON there, and
 * {@link #receive} hands back each event exactly as the Lambda runtime would deserialize it.
 */
public final class LocalTrigger {

    public static final String PREFIX = "incoming/";

    private static final PojoSerializer<S3Event> EVENTS =
            LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader());

    private final S3Client s3;
    private final SqsClient sqs;
    private final String bucket;
    private final String queueUrl;

    private LocalTrigger(S3Client s3, SqsClient sqs, String bucket, String queueUrl) {
        this.s3 = s3;
        this.sqs = sqs;
        this.bucket = bucket;
        this.queueUrl = queueUrl;
    }

    /** Creates (or reuses) the bucket, the queue and the notification from the bucket to the queue. */
    public static LocalTrigger create(S3Client s3, SqsClient sqs, String bucket, String queue) {
        try {
            s3.createBucket(r -> r.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // reused between runs against a long-lived server
        }
        // Versioned, as in the template: events then carry the versionId the handler reads.
        s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        String queueUrl = sqs.createQueue(r -> r.queueName(queue)).queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        // "prefix" in lower case: S3 accepts either case, moto only this one.
        s3.putBucketNotificationConfiguration(r -> r.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(q -> q.queueArn(queueArn)
                        .events(Event.S3_OBJECT_CREATED, Event.S3_OBJECT_REMOVED)
                        .filter(f -> f.key(k -> k.filterRules(rule -> rule.name("prefix").value(PREFIX)))))));
        LocalTrigger trigger = new LocalTrigger(s3, sqs, bucket, queueUrl);
        trigger.drain();
        return trigger;
    }

    /** Creates the summary table as the template defines it (on-demand, keyed by articleId, with the index). */
    public static void createTable(DynamoDbClient dynamo, String table) {
        List<AttributeDefinition> attributes = new ArrayList<>(IndexSchema.attributeDefinitions());
        attributes.add(AttributeDefinition.builder().attributeName(DynamoArticleStore.KEY)
                .attributeType(ScalarAttributeType.S).build());
        try {
            dynamo.createTable(r -> r.tableName(table)
                    .keySchema(KeySchemaElement.builder().attributeName(DynamoArticleStore.KEY).keyType(KeyType.HASH).build())
                    .attributeDefinitions(attributes)
                    .globalSecondaryIndexes(IndexSchema.globalSecondaryIndex())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        } catch (ResourceInUseException alreadyThere) {
            return;
        }
        awaitActive(dynamo, table);
    }

    // A plain poll rather than the SDK's waiter: the waiter builds every waiter of the service
    // (exports, imports, backups...), which keeps their whole model in the deployment jar.
    private static void awaitActive(DynamoDbClient dynamo, String table) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (dynamo.describeTable(r -> r.tableName(table)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table " + table + " did not become active within 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + table, e);
            }
        }
    }

    public String bucket() {
        return bucket;
    }

    /** Uploads a file under the trigger prefix and returns its key. */
    public String upload(Path file, String key) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType(file)), RequestBody.fromFile(file));
        return key;
    }

    public void upload(String key, byte[] bytes, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    /**
     * Receives S3 events from the queue until {@code records} records arrived or the wait is over,
     * deleting each message once read. The s3:TestEvent S3 sends when a notification is set up is
     * skipped.
     */
    public List<S3Event> receive(int records, Duration wait) {
        List<S3Event> events = new ArrayList<>();
        int seen = 0;
        long deadline = System.nanoTime() + wait.toNanos();
        while (seen < records && System.nanoTime() < deadline) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages();
            for (Message message : messages) {
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                S3Event event = parse(message.body());
                if (event != null && event.getRecords() != null) {
                    events.add(event);
                    seen += event.getRecords().size();
                }
            }
        }
        return events;
    }

    /** An S3 event as the Lambda Java runtime deserializes it, or null for an s3:TestEvent. */
    public static S3Event parse(String json) {
        if (json.contains("\"s3:TestEvent\"")) {
            return null;
        }
        return EVENTS.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private void drain() {
        receive(Integer.MAX_VALUE, Duration.ofMillis(1));
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }
}
