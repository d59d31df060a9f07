package com.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.RetryableEventException;
import com.precis.lambda.S3BatchHandler;
import com.precis.lambda.S3EventHandler;
import com.precis.log.JsonLog;
import com.precis.store.AwsSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code invoke EVENT.json [--endpoint URL] [--table NAME]}: runs a handler on an event file as
 * the Lambda Java runtime would: the event deserialized by aws-lambda-java-serialization, a
 * context with a deadline, S3 and DynamoDB reached through the standard AWS settings (or the
 * endpoint given). An S3 notification goes to {@link S3EventHandler}, an S3 Batch Operations
 * invocation (schema 2.0) to {@link S3BatchHandler}. Prints the handler's result; exits 1 when the
 * invocation fails or a batch task is to be retried.
 */
final class InvokeCommand {

    static final Usage USAGE = new Usage("invoke EVENT.json [--endpoint URL] [--table NAME]",
            "Runs the Lambda handler on an event file exactly as the Java runtime would, and prints its result.\n"
                    + "An S3 notification (events/s3-put.json) runs the trigger's handler; an S3 Batch Operations\n"
                    + "invocation (events/batch/s3-batch-task.json) runs S3BatchHandler. Needs AWS_REGION and\n"
                    + "TABLE_NAME (or --endpoint for a local server, --table).",
            List.of(ServiceOptions.ENDPOINT, ServiceOptions.TABLE));

    private static final PojoSerializer<S3Event> EVENTS =
            LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader());
    private static final PojoSerializer<S3BatchEventV2> BATCH_EVENTS =
            LambdaEventSerializers.serializerFor(S3BatchEventV2.class, S3BatchEventV2.class.getClassLoader());

    private InvokeCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        if (args.positionals().size() != 1) {
            throw args.error(args.positionals().isEmpty() ? "no event file given" : "one event file at a time");
        }
        Path eventFile = Path.of(args.positionals().get(0));
        if (!Files.isRegularFile(eventFile)) {
            throw new CommandFailure("no such event file: " + eventFile);
        }
        byte[] json = Files.readAllBytes(eventFile);
        AwsSettings settings = ServiceOptions.resolve(args, true, null);
        JsonLog.redirect(System.err);
        long maxObjectBytes = LambdaWiring.maxObjectBytes(System.getenv(LambdaWiring.MAX_OBJECT_BYTES));
        if (isBatchEvent(json)) {
            S3BatchEventV2 event = parse(BATCH_EVENTS, json, eventFile);
            S3BatchResponse response = new S3BatchHandler(LambdaWiring.wire(settings, maxObjectBytes))
                    .handleRequest(event, new LocalContext(60));
            System.out.println(pretty(response));
            boolean retry = response.getResults().stream()
                    .anyMatch(r -> r.getResultCode() == S3BatchResponse.ResultCode.TemporaryFailure);
            return retry ? 1 : 0;
        }
        S3Event event = parse(EVENTS, json, eventFile);
        S3EventHandler handler = new S3EventHandler(LambdaWiring.with(settings, maxObjectBytes));
        try {
            Map<String, Object> result = handler.handleRequest(event, new LocalContext(60));
            System.out.println(pretty(result));
            return 0;
        } catch (RetryableEventException e) {
            System.err.println("invocation failed (Lambda would retry it): " + e.getMessage());
            return 1;
        }
    }

    /** Batch Operations invocations carry a schema version and tasks; S3 notifications carry Records. */
    static boolean isBatchEvent(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        return text.contains("\"invocationSchemaVersion\"") && !text.contains("\"Records\"");
    }

    private static <T> T parse(PojoSerializer<T> serializer, byte[] json, Path file) {
        try {
            return serializer.fromJson(new ByteArrayInputStream(json));
        } catch (RuntimeException e) {
            throw new CommandFailure(file + " is not a valid event: " + firstLine(e.getMessage()), e);
        }
    }

    private static String pretty(Object value) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
