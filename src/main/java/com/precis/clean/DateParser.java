package com.precis.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date a page states, in the many shapes pages write it, into ISO-8601:
 * {@code 2025-08-21T20:26} when a time is given without a zone, with an offset when one is given,
 * {@code 2025-08-21} for a date alone. Returns null for anything it cannot read with confidence.
 */
public final class DateParser {

    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?!\\d)");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:,?\\s+(?:à\\s+|um\\s+|a las\\s+)?(\\d{1,2})[:h](\\d{2}))?(?!\\d)");
    private static final Pattern MONTH_NAME_FIRST = Pattern.compile(
            "(?i)\\b([a-zéû]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?([a-zéûçã]{3,10})\\.?\\s+(?:de\\s+)?(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+|à\\s+|um\\s+|às\\s+)?(\\d{1,2})[:h](\\d{2})\\s*([ap]\\.?m\\.?)?)?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("janvier", 1), Map.entry("enero", 1),
            Map.entry("janeiro", 1), Map.entry("januar", 1), Map.entry("janv", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("febrero", 2), Map.entry("fevereiro", 2), Map.entry("februar", 2), Map.entry("févr", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("mars", 3), Map.entry("marzo", 3),
            Map.entry("março", 3), Map.entry("märz", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5), Map.entry("maio", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juin", 6), Map.entry("junio", 6),
            Map.entry("junho", 6), Map.entry("juni", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juillet", 7), Map.entry("julio", 7),
            Map.entry("julho", 7), Map.entry("juli", 7), Map.entry("juil", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("aout", 8),
            Map.entry("agosto", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
            Map.entry("septiembre", 9), Map.entry("setembro", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("octobre", 10), Map.entry("octubre", 10),
            Map.entry("outubro", 10), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
            Map.entry("noviembre", 11), Map.entry("novembro", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("diciembre", 12), Map.entry("dezembro", 12), Map.entry("dezember", 12), Map.entry("dez", 12),
            Map.entry("déc", 12));

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of(
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
            "fri", "friday", "sat", "saturday", "sun", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
            "segunda", "terça", "quarta", "quinta", "sexta",
            "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica");

    private DateParser() {
    }

    /** A month's name or its short form in one of the languages read here ("Feb.", "März", "août"). */
    static boolean isMonthName(String word) {
        return MONTHS.containsKey(trimDot(word).toLowerCase(Locale.ROOT));
    }

    /** A day of the week's name or its short form ("Tue", "Sunday,", "jeudi"). */
    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(trimDot(word).toLowerCase(Locale.ROOT));
    }

    private static String trimDot(String word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == ',')) {
            end--;
        }
        return word.substring(0, end);
    }

    public static String parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) {
            return null;
        }
        if (!hasDigit(s)) {
            return null; // every date it reads has a year
        }
        // ISO parsers signal failure with exceptions, which are slow: try them only on ISO-looking text.
        String iso = s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-' ? parseIso(s) : null;
        if (iso != null) {
            return iso;
        }
        Matcher m = NUMERIC_YMD.matcher(s);
        if (m.find()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null);
        }
        m = MONTH_NAME_FIRST.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                return build(m.group(3), month.toString(), m.group(2), m.group(4), m.group(5), m.group(6));
            }
        }
        m = DAY_FIRST.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return build(m.group(3), month.toString(), m.group(1), m.group(4), m.group(5), m.group(6));
            }
        }
        m = NUMERIC_DMY.matcher(s);
        if (m.find()) {
            return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), null);
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String parseIso(String s) {
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // not with an offset
        }
        try {
            return ZonedDateTime.parse(s).toOffsetDateTime().toString();
        } catch (DateTimeParseException ignored) {
            // not zoned
        }
        try {
            return LocalDateTime.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // not local
        }
        try {
            // 2025-08-21T20:26:00+0000, as some pages write it
            return OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z")).toString();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String build(String year, String month, String day, String hour, String minute, String ampm) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                return null;
            }
            if (hour == null) {
                return date.toString();
            }
            int h = Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                h = h % 12 + (pm ? 12 : 0);
            }
            return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), h,
                    Integer.parseInt(minute)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
