package com.precis.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of a text dump read as a byline: the names it gives and what follows them. Pages write
 * "By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham", "Par : Jean Dupont",
 * "Por Maria Lopez | 21/08/2025", "Dan Goodin - Apr 16, 2015", "Alex Perry 1 day ago",
 * "on March 10, 2015 by Nikhil Marathe", "Le Monde | 04.05.2015 | Par Martin Untersinger": the names
 * are the run of capitalised words after the byline word (or opening the line), up to the first word
 * that is a month, a weekday, a number, a handle or a mark; the line is a byline only when what
 * follows them is a date, a time, a handle, a role after a comma, or nothing. Token by token, so linear.
 */
record BylineLine(String names, String tail, boolean led) {

    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:written by|posted by|reported by|by|par|de|von|por|door|di|av|autor|autora|author|auteur|texte|text)\\s*:?\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’\\-]*");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?iu)^(?:\\d{1,3}\\s*(?:s|m|h|d|w|min|mins|minutes?|hrs?|hours?|days?|weeks?|std|stunden?|tagen?|heures?|jours?|horas?|días?|dias?)\\b.*"
                    + "|(?:il y a|vor|hace|há)\\s+\\d.*)$");
    private static final Pattern GLUED_DIGIT = Pattern.compile("(?<=\\p{Ll})(?=\\d)");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "et", "y", "e", "und", "och", "en");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "da", "del", "der", "la", "le", "di",
            "dos", "du", "bin", "ten", "ter");
    private static final String MARKS = "@(|•·-–—/:";
    private static final int MAX_NAME_WORDS = 8;

    /** The line as a byline with a byline word ("By", "Par", "Von" …), or null. */
    static BylineLine led(String line) {
        String s = stripLeadingMarks(line);
        var lead = LEAD.matcher(s);
        if (lead.lookingAt()) {
            BylineLine b = split(s.substring(lead.end()), true);
            return b != null && b.tailFits() ? b : null;
        }
        // "on March 10, 2015 by Jane Roe": a date, then the byline.
        int by = s.toLowerCase(Locale.ROOT).indexOf(" by ");
        if (by > 0 && by < 60 && DateParser.parse(s.substring(0, by)) != null) {
            BylineLine b = split(s.substring(by + 4), true);
            return b != null && b.tailFits() ? new BylineLine(b.names, s.substring(0, by) + " " + b.tail, true) : null;
        }
        // "Le Monde | 04.05.2015 | Par Jane Roe": one part of a line of parts.
        int bar = s.indexOf(" | ");
        while (bar >= 0) {
            BylineLine part = led(s.substring(bar + 3));
            if (part != null) {
                return new BylineLine(part.names, s.substring(0, bar) + " " + part.tail, true);
            }
            bar = s.indexOf(" | ", bar + 3);
        }
        return null;
    }

    /** A line opened by a person's name and then a date or a time ago ("Dan Goodin - Apr 16, 2015"), or null. */
    static BylineLine named(String line) {
        BylineLine b = split(line.strip(), false);
        if (b == null || b.tail.isEmpty() || b.names.contains(",") && !b.tail.startsWith("@")) {
            return null;
        }
        int words = b.names.split("\\s+").length;
        // The date follows the name at once: "Jane Roe wrote on March 3, 2015" is a comment's head.
        String rest = stripLeadingMarks(b.tail);
        String first = rest.split("\\s+", 2)[0];
        boolean startsDated = !first.isEmpty() && (Character.isDigit(first.charAt(0)) || DateParser.isMonthName(first)
                || DateParser.isWeekday(first));
        boolean dated = rest.length() < 80 && (startsDated && DateParser.parse(rest) != null || RELATIVE.matcher(rest).matches());
        return words >= 2 && words <= 4 && (dated || b.tail.startsWith("@")) ? b : null;
    }

    /** "5 hours ago", "3 d", "il y a 2 jours", "vor 3 Stunden": a time counted back from now. */
    static boolean isRelativeTime(String text) {
        return text.length() < 80 && RELATIVE.matcher(text.strip()).matches();
    }

    /** The date the tail states, if any. */
    String date() {
        return tail.isEmpty() ? null : DateParser.parse(tail.length() > 120 ? tail.substring(0, 120) : tail);
    }

    /** Whether the tail may follow a byline's names. */
    private boolean tailFits() {
        if (tail.isEmpty() || tail.startsWith(",")) {
            return true;
        }
        char c = tail.charAt(0);
        String first = tail.split("\\s+", 2)[0];
        return MARKS.indexOf(c) >= 0 || Character.isDigit(c) || first.equalsIgnoreCase("Follow")
                || DateParser.isMonthName(first) || DateParser.isWeekday(first)
                || tail.length() < 80 && DateParser.parse(tail) != null;
    }

    /** The run of name words opening text, and the rest ("," kept in front when the names end at a comma). */
    private static BylineLine split(String text, boolean led) {
        // "Lucas Nolan22 Dec 2016": a dump runs inline elements together; a digit after a letter starts a word.
        String[] tokens = GLUED_DIGIT.matcher(text.strip()).replaceAll(" ").split("\\s+");
        StringBuilder names = new StringBuilder();
        int nameWords = 0;
        int i = 0;
        boolean endedAtComma = false;
        for (; i < tokens.length && nameWords < MAX_NAME_WORDS; i++) {
            String t = tokens[i];
            boolean comma = t.endsWith(",");
            String w = comma ? t.substring(0, t.length() - 1) : t;
            String lower = w.toLowerCase(Locale.ROOT);
            boolean connector = CONNECTORS.contains(lower) && nameWords > 0 && i + 1 < tokens.length
                    && NAME_WORD.matcher(tokens[i + 1]).matches();
            boolean name = NAME_WORD.matcher(w).matches() && !DateParser.isMonthName(w) && !DateParser.isWeekday(w)
                    || PARTICLES.contains(w) && nameWords > 0 && i + 1 < tokens.length;
            if (!name && !connector || w.isEmpty()) {
                break;
            }
            if (names.length() > 0) {
                names.append(' ');
            }
            names.append(t);
            if (name && !PARTICLES.contains(w)) {
                nameWords++;
            }
            endedAtComma = comma;
            if (comma && i + 1 < tokens.length && !NAME_WORD.matcher(tokens[i + 1]).lookingAt()) {
                i++;
                break; // "Alex Heath, a deputy editor": what follows the comma is a description
            }
        }
        if (nameWords == 0) {
            return null;
        }
        String n = names.toString();
        if (n.endsWith(",")) {
            n = n.substring(0, n.length() - 1);
        }
        StringBuilder rest = new StringBuilder(endedAtComma ? ", " : "");
        for (int j = i; j < tokens.length; j++) {
            rest.append(j > i ? " " : "").append(tokens[j]);
        }
        return new BylineLine(n, rest.toString().strip(), led);
    }

    private static String stripLeadingMarks(String line) {
        String s = line.strip();
        int start = 0;
        while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start)) && s.charAt(start) != '@') {
            start++;
        }
        return s.substring(start).strip();
    }
}
