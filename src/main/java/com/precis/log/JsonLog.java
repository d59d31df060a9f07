package com.precis.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Locale;

/**
 * One JSON object per line on stdout, the shape CloudWatch Logs Insights and Lambda's JSON log
 * format expect: timestamp, level, message, the invocation's request id, then the event's fields.
 * Callers pass ids, sizes and timings; never article text, object bodies or the environment.
 */
public final class JsonLog {

    public enum Level { DEBUG, INFO, WARN, ERROR }

    private static final JsonFactory JSON = new JsonFactory();
    private static final Level THRESHOLD = threshold();
    private static volatile String requestId;
    private static volatile PrintStream out = System.out;

    private final String logger;

    private JsonLog(String logger) {
        this.logger = logger;
    }

    public static JsonLog of(Class<?> owner) {
        return new JsonLog(owner.getSimpleName());
    }

    /** Tags the following lines with the invocation's request id (one invocation at a time per container). */
    public static void setRequestId(String id) {
        requestId = id;
    }

    /** Sends log lines elsewhere: the CLI keeps stdout for documents and logs to stderr. */
    public static void redirect(PrintStream stream) {
        out = stream;
    }

    public void debug(String message, Object... fields) {
        write(Level.DEBUG, message, fields);
    }

    public void info(String message, Object... fields) {
        write(Level.INFO, message, fields);
    }

    public void warn(String message, Object... fields) {
        write(Level.WARN, message, fields);
    }

    public void error(String message, Object... fields) {
        write(Level.ERROR, message, fields);
    }

    /** fields are name, value pairs; values are written as JSON numbers, booleans or strings. */
    private void write(Level level, String message, Object... fields) {
        if (level.ordinal() < THRESHOLD.ordinal()) {
            return;
        }
        StringWriter line = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("timestamp", Instant.now().toString());
            g.writeStringField("level", level.name());
            g.writeStringField("message", message);
            g.writeStringField("logger", logger);
            if (requestId != null) {
                g.writeStringField("requestId", requestId);
            }
            for (int i = 0; i + 1 < fields.length; i += 2) {
                String name = String.valueOf(fields[i]);
                Object value = fields[i + 1];
                if (value == null) {
                    g.writeNullField(name);
                } else if (value instanceof Number n) {
                    g.writeFieldName(name);
                    writeNumber(g, n);
                } else if (value instanceof Boolean b) {
                    g.writeBooleanField(name, b);
                } else {
                    g.writeStringField(name, value.toString());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a log line", e);
        }
        out.println(line);
    }

    private static void writeNumber(JsonGenerator g, Number n) throws IOException {
        if (n instanceof Double || n instanceof Float) {
            g.writeNumber(n.doubleValue());
        } else {
            g.writeNumber(n.longValue());
        }
    }

    private static Level threshold() {
        String configured = System.getenv("AWS_LAMBDA_LOG_LEVEL");
        if (configured == null) {
            configured = System.getenv("PRECIS_LOG_LEVEL");
        }
        if (configured == null) {
            return Level.INFO;
        }
        try {
            return Level.valueOf(configured.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return configured.equalsIgnoreCase("TRACE") ? Level.DEBUG : Level.INFO;
        }
    }
}
