package com.precis.bench;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.precis.lambda.S3EventHandler;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A cold start of the real handler path, in a fresh JVM: the handler built as the Lambda runtime
 * builds it (its no-arg constructor, settings from the environment), then one S3 event for an
 * object already uploaded: read it, summarise it, write the item. The event object is built
 * here (with a rising sequencer, so each run is the article's newest event and is written), as the runtime
 * hands it over already deserialized (its own deserialization is part of
 * the runtime, outside the function's cold start).
 *
 * <p>{@code AWS_ENDPOINT_URL=... TABLE_NAME=... java -cp target/precis.jar:target/test-classes
 * com.precis.bench.HandlerColdStart BUCKET KEY}
 */
public final class HandlerColdStart {

    private HandlerColdStart() {
    }

    public static void main(String[] args) {
        S3EventHandler handler = new S3EventHandler();
        // A sequencer above any S3 or moto gives, rising from run to run (nanoseconds since the epoch,
        // as bench/run.sh writes into the events it invokes): each run is the article's newest event.
        Instant now = Instant.now();
        String sequencer = "F".repeat(20) + String.format("%020X", now.getEpochSecond() * 1_000_000_000L + now.getNano());
        S3ObjectEntity object = new S3ObjectEntity(args[1], null, null, null, sequencer);
        S3Entity s3 = new S3Entity("bench", new S3BucketEntity(args[0], new UserIdentityEntity("bench"),
                "arn:aws:s3:::" + args[0]), object, "1.0");
        S3EventNotificationRecord record = new S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                now.toString(), "2.1", null, null, s3, null);
        Map<String, Object> result = handler.handleRequest(new S3Event(List.of(record)), null);
        @SuppressWarnings("unchecked")
        var results = (List<Map<String, Object>>) result.get("results");
        if (!"STORED".equals(results.get(0).get("status"))) {
            System.err.println("not stored: " + result);
            System.exit(1);
        }
    }
}
