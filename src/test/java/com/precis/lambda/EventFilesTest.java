package com.precis.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.precis.ingest.ObjectRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file in events/ reads as the Lambda Java runtime reads it, with the right bucket and decoded key. */
class EventFilesTest {

    private static S3Event read(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("events", name))) {
            return LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader()).fromJson(in);
        }
    }

    private static List<ObjectRef> refs(String name) throws IOException {
        return read(name).getRecords().stream().map(r -> S3Records.toObjectRef(r).orElseThrow()).toList();
    }

    @Test
    void everyEventFileParses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            List<Path> events = files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("env.json")).toList();
            assertThat(events).hasSizeGreaterThanOrEqualTo(4);
            for (Path event : events) {
                assertThat(read(event.getFileName().toString()).getRecords()).as(event.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void putEventNamesTheSampleArticle() throws IOException {
        ObjectRef ref = refs("s3-put.json").get(0);
        assertThat(ref.bucket()).isEqualTo("precis-articles");
        assertThat(ref.key()).isEqualTo("incoming/nvidia-h20-scraped.txt");
        assertThat(ref.size()).isEqualTo(10873L);
        assertThat(ref.sequencer()).isEqualTo("0A1B2C3D4E5F678901");
        assertThat(read("s3-put.json").getRecords().get(0).getEventName()).isEqualTo("ObjectCreated:Put");
    }

    @Test
    void severalRecordsAreAllRead() throws IOException {
        assertThat(refs("s3-put-several.json")).extracting(ObjectRef::key).containsExactly(
                "incoming/batch/first.txt", "incoming/batch/second.txt", "incoming/batch/third.txt");
    }

    @Test
    void encodedKeyIsDecodedPlusAsSpaceAndPercentAsUtf8() throws IOException {
        assertThat(refs("s3-put-encoded-key.json").get(0).key())
                .isEqualTo("incoming/Straße über Nvidia's H20 (copy).txt");
    }

    @Test
    void deleteEventIsARemoval() throws IOException {
        S3Event event = read("s3-delete.json");
        assertThat(event.getRecords().get(0).getEventName()).isEqualTo("ObjectRemoved:Delete");
        assertThat(refs("s3-delete.json").get(0).key()).isEqualTo("incoming/nvidia-h20-scraped.txt");
    }

    @Test
    void motoEventWithoutSequencerAndWithEncodedSlashParses() {
        String moto = """
                {"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1",
                "eventTime": "2026-11-28T14:56:11.840498", "eventName": "ObjectCreated:Put",
                "s3": {"s3SchemaVersion": "1.0", "configurationId": "x", "bucket": {"name": "bucket1",
                "arn": "arn:aws:s3:::bucket1"}, "object": {"key": "incoming%2Fred+flower+%C3%BC.txt",
                "size": 5, "eTag": "5d41402abc4b2a76b9719d911017c592"}}}]}""";
        S3Event event = com.precis.cli.LocalTrigger.parse(moto);
        ObjectRef ref = S3Records.toObjectRef(event.getRecords().get(0)).orElseThrow();
        assertThat(ref.key()).isEqualTo("incoming/red flower ü.txt");
        assertThat(ref.sequencer()).isNull();
        assertThat(ref.etag()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    }

    @Test
    void s3TestEventIsNotAnArticleEvent() {
        assertThat(com.precis.cli.LocalTrigger.parse(
                "{\"Service\": \"Amazon S3\", \"Event\": \"s3:TestEvent\", \"Bucket\": \"b\"}")).isNull();
    }
}
