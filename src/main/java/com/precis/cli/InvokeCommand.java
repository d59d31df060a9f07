package com.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.RetryableEventException;
import com.precis.lambda.S3EventHandler;
import com.precis.log.JsonLog;
import com.precis.store.AwsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code invoke EVENT.json [--endpoint URL] [--table NAME]}: runs the handler on an event file as
 * the Lambda Java runtime would: the event deserialized by aws-lambda-java-serialization, a
 * context with a deadline, S3 and DynamoDB reached through the standard AWS settings (or the
 * endpoint given). Prints the handler's result; exits 1 when the invocation fails.
 */
final class InvokeCommand {

    private static final PojoSerializer<S3Event> EVENTS =
            LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader());

    private InvokeCommand() {
    }

    static int run(String[] args) throws IOException {
        JsonLog.redirect(System.err);
        Path eventFile = null;
        URI endpoint = null;
        String table = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--endpoint" -> endpoint = URI.create(args[++i]);
                case "--table" -> table = args[++i];
                default -> eventFile = Path.of(args[i]);
            }
        }
        if (eventFile == null) {
            System.err.println("usage: invoke EVENT.json [--endpoint URL] [--table NAME]");
            return 2;
        }
        AwsSettings settings = AwsSettings.fromEnvironment();
        if (endpoint != null) {
            settings = AwsSettings.local(endpoint, settings.region() != null ? settings.region() : "us-east-1",
                    settings.tableName());
        }
        if (table != null) {
            settings = settings.withTableName(table);
        }
        S3Event event = readEvent(eventFile);
        S3EventHandler handler = new S3EventHandler(LambdaWiring.with(settings,
                LambdaWiring.maxObjectBytes(System.getenv(LambdaWiring.MAX_OBJECT_BYTES))));
        try {
            Map<String, Object> result = handler.handleRequest(event, new LocalContext(60));
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            return 0;
        } catch (RetryableEventException e) {
            System.err.println("invocation failed (Lambda would retry it): " + e.getMessage());
            return 1;
        }
    }

    static S3Event readEvent(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EVENTS.fromJson(in);
        }
    }
}
