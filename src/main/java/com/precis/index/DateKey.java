package com.precis.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the index sorts them: {@code yyyy-MM-ddTHH:mm:ssZ}, fixed width, so that string order
 * is time order. A date with an offset is converted to UTC; a local time or a date alone (pages
 * often state no zone) is read as UTC. Entries sort by the article's publishedAt and fall back to
 * processedAt when the page states no date, or one that cannot be read.
 */
public final class DateKey {

    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,5})\\s*([hdw])");
    /** Sorts after every character a key has after its date ('T', digits, ':', 'Z', '#', hex). */
    private static final String AFTER = "~";

    private DateKey() {
    }

    /** The date an article's entries sort by, and which field it came from. */
    public record Dated(String key, String from) {
    }

    public static Dated of(String publishedAt, String processedAt) {
        String published = normalise(publishedAt);
        if (published != null) {
            return new Dated(published, "publishedAt");
        }
        String processed = normalise(processedAt);
        return new Dated(processed != null ? processed : KEY.format(Instant.EPOCH), "processedAt");
    }

    /** An ISO-8601 date or date-time as a key, or null when it is not one. */
    public static String normalise(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        Instant instant = parse(iso.strip());
        if (instant == null || instant.isBefore(Instant.parse("1000-01-01T00:00:00Z"))
                || !instant.isBefore(Instant.parse("9999-12-31T00:00:00Z"))) {
            return null;
        }
        return KEY.format(instant);
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the next shape
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /**
     * The lowest key on or after a date the user gave: {@code 2025-08-21}, an ISO date-time, or a
     * time ago ({@code 36h}, {@code 7d}, {@code 2w}).
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static String from(String input, Clock clock) {
        String text = input == null ? "" : input.strip();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            requireDate(text, input);
            return text; // a prefix: every key of that day sorts at or after it
        }
        return point(text, input, clock);
    }

    /** The highest key on or before a date the user gave; a date alone includes its whole day. */
    public static String until(String input, Clock clock) {
        String text = input == null ? "" : input.strip();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            requireDate(text, input);
            return text + AFTER;
        }
        return point(text, input, clock) + AFTER;
    }

    private static String point(String text, String input, Clock clock) {
        Matcher relative = RELATIVE.matcher(text.toLowerCase(Locale.ROOT));
        if (relative.matches()) {
            long n = Long.parseLong(relative.group(1));
            Duration ago = switch (relative.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return KEY.format(clock.instant().minus(ago).truncatedTo(ChronoUnit.SECONDS));
        }
        String key = normalise(text);
        if (key == null) {
            throw new IllegalArgumentException("not a date: '" + abbreviate(input)
                    + "' (use 2025-08-21, 2025-08-21T18:30, 2025-08-21T18:30:00+02:00, or a time ago: 36h, 7d, 2w)");
        }
        return key;
    }

    private static void requireDate(String text, String input) {
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + abbreviate(input) + "'");
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
