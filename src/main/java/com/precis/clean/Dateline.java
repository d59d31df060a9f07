package com.precis.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and when a wire story was filed. Wire copy writes it as a line of its own under the
 * headline ("LIMA 2025-03-14", "AL-AIN , United Arab Emirates 1996-12-06", "GREYTOWN, March 3, 2025")
 * or opens the first paragraph with it and the agency ("LONDON (Reuters) - …", "SAN JOSE, Calif. (AP) —
 * …", "PARIS, March 3 (AFP) - …"). The place opens with a word in capitals; the date is at the end
 * of the line, or before the agency. date is ISO-8601 or null when no year is given; agency is null
 * for a dateline line.
 */
record Dateline(String place, String date, String agency) {

    /** A word of a place: capitalised ("United", "Calif."), or a connector inside a name ("of", "de"). */
    private static final Pattern PLACE_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}.'’\\-]*|of|de|del|la|le|el|al|on|upon)");
    private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*\\p{Lu}\\.?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?,?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * The opener, read from the first 160 characters only (so bounded work): a place of one to six
     * capitalised words, the first in capitals, an optional ", region" and ", date", the agency in
     * brackets, then a dash.
     */
    private static final Pattern OPENER = Pattern.compile(
            "^((?:\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*\\p{Lu}\\.?)(?: [\\p{Lu}][\\p{L}\\p{M}.'’\\-]{0,30}){0,5})"
                    + "((?:, ?[\\p{L}\\p{M}.'’ \\-]{1,30}?)?)((?:, ?[\\p{L}]{3,10}\\.? \\d{1,2}(?:, \\d{4})?)?)"
                    + " ?\\(([\\p{L}][\\p{L}\\p{M}.&' \\-]{0,30})\\) ?[-–—]{1,2} ");
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(([\\p{L}][\\p{L}\\p{M}.&' \\-]{0,30})\\) ?[-–—]{1,2} ");
    private static final int MAX_PLACE_WORDS = 6;

    /** The line as a dateline line, or null. */
    static Dateline ofLine(String line) {
        String s = line.strip().replace(" ,", ","); // tokenised text: "REDCLIFF , March 9 , 2025"
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        String[] tokens = s.split("\\s+");
        int n = tokens.length;
        int dateStart;
        String date;
        if (ISO_DATE.matcher(tokens[n - 1]).matches()) {
            dateStart = n - 1;
            date = DateParser.parse(tokens[n - 1]);
        } else {
            // "March 3, 2025", "3 March 2025", "March 3" (no year: the place is read, no date invented)
            int start = monthDateStart(tokens);
            if (start < 0) {
                return null;
            }
            dateStart = start;
            date = DateParser.parse(String.join(" ", java.util.Arrays.copyOfRange(tokens, start, n)));
        }
        String place = place(tokens, dateStart);
        return place == null ? null : new Dateline(place, date, null);
    }

    /** The opener of a wire story's first paragraph ("LONDON (Reuters) - "), or null. */
    static Dateline ofOpener(String paragraph) {
        String head = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
        Matcher m = OPENER.matcher(head);
        if (m.find()) {
            String date = m.group(3).isEmpty() ? null : DateParser.parse(m.group(3).substring(1).strip());
            return new Dateline((m.group(1) + m.group(2)).strip(), date, m.group(4).strip());
        }
        m = AGENCY_ONLY.matcher(head);
        return m.find() ? new Dateline(null, null, m.group(1).strip()) : null;
    }

    /** Where a month-name date starts among the last tokens, or -1. */
    private static int monthDateStart(String[] tokens) {
        int n = tokens.length;
        // month day[,] [year]
        for (int start = Math.max(0, n - 3); start < n - 1; start++) {
            if (DateParser.isMonthName(tokens[start]) && DAY.matcher(tokens[start + 1]).matches()
                    && (start + 2 == n || start + 3 == n && YEAR.matcher(tokens[start + 2]).matches())) {
                return start;
            }
        }
        // day month year
        if (n >= 4 && DAY.matcher(tokens[n - 3]).matches() && DateParser.isMonthName(tokens[n - 2])
                && YEAR.matcher(tokens[n - 1]).matches()) {
            return n - 3;
        }
        return -1;
    }

    /** The place before the date: one to six words, the first in capitals, the rest capitalised or commas. */
    private static String place(String[] tokens, int end) {
        if (end == 0) {
            return null;
        }
        StringBuilder place = new StringBuilder();
        int words = 0;
        for (int i = 0; i < end; i++) {
            String t = tokens[i];
            if (t.equals(",") || t.equals("-") || t.equals("–") || t.equals("—")) {
                continue;
            }
            String w = t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
            if (!(i == 0 ? CAPITALS_WORD.matcher(w).matches() : PLACE_WORD.matcher(w).matches())) {
                return null;
            }
            if (++words > MAX_PLACE_WORDS) {
                return null;
            }
            if (place.length() > 0) {
                place.append(i > 0 && tokens[i - 1].endsWith(",") || tokens[i - 1].equals(",") ? ", " : " ");
            }
            place.append(w);
        }
        return words == 0 ? null : place.toString();
    }
}
