package com.precis.log;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;

/**
 * One JSON object per line on stdout, the shape CloudWatch Logs Insights and Lambda's JSON log
 * format expect: timestamp, level, message, the invocation's request id, then the event's fields.
 * Callers pass ids, sizes and timings; never article text, object bodies or the environment.
 */
public final class JsonLog {

    public enum Level { DEBUG, INFO, WARN, ERROR }

    private static volatile Level threshold = threshold();
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

    /** Raises the level below which lines are dropped: a CLI run with its own progress display keeps warnings only. */
    public static void atLeast(Level level) {
        if (level.ordinal() > threshold.ordinal()) {
            threshold = level;
        }
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
        if (level.ordinal() < threshold.ordinal()) {
            return;
        }
        // Written by hand rather than with Jackson: a log line must not load a JSON library on a cold start.
        StringBuilder line = new StringBuilder(256);
        line.append("{\"timestamp\":");
        string(line, Instant.now().toString());
        line.append(",\"level\":\"").append(level.name()).append('"');
        line.append(",\"message\":");
        string(line, message);
        line.append(",\"logger\":");
        string(line, logger);
        if (requestId != null) {
            line.append(",\"requestId\":");
            string(line, requestId);
        }
        for (int i = 0; i + 1 < fields.length; i += 2) {
            line.append(',');
            string(line, String.valueOf(fields[i]));
            line.append(':');
            value(line, fields[i + 1]);
        }
        line.append('}');
        out.println(line);
    }

    private static void value(StringBuilder line, Object value) {
        if (value == null) {
            line.append("null");
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            string(line, value.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
        } else {
            string(line, value.toString());
        }
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static void string(StringBuilder line, String s) {
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
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
