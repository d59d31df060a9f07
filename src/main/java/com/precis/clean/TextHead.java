package com.precis.clean;

import com.precis.clean.BoilerplateLexicon.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The head of a plain-text article that opens with its headline, as wire copy and plain-text news
 * do: the headline on the first line (in capitals, Title Case or sentence case, with or without a
 * full stop; after any revision note such as "[CORRECTED …]" or "UPDATE 2-"), then perhaps a byline
 * ("By Jane Roe", or a bare name), a date, a dateline line ("LIMA 2025-03-14") and bracketed notes,
 * then the story. The first line is taken as the headline only when what follows bears it out: a
 * dateline or a byline under it, a list (three lines with the same list mark), or a paragraph right after it or after one short line (a standfirst,
 * a subheading); that paragraph longer than the headline when the headline is a plain sentence with a
 * full stop, which could be a short first paragraph.
 *
 * <p>title is the headline as the reader sees it: the topic prefix of wire headlines ("TENNIS - ")
 * is kept, a revision note is not. lines are the head's line indexes (headline, notes, dateline,
 * bare byline); end is the last of the head; the story starts after it.
 */
record TextHead(String title, int headline, int end, Dateline dateline, int datelineLine, List<String> authors,
                Set<Integer> lines) {

    static final TextHead NONE = new TextHead(null, -1, -1, null, -1, List.of(), Set.of());

    /** Lines under the headline that may still be the head: byline, date, dateline, notes. */
    private static final int MAX_HEAD_LINES = 5;
    private static final int MAX_NOTE_WORDS = 40;
    /** A first paragraph this long follows a headline whatever words they share. */
    private static final int LEDE_WORDS = 15;
    private static final Pattern NOTE_PREFIX = Pattern.compile("^(\\p{Lu}{2,10})(?: \\d{1,2})?-(?=\\S)");
    private static final Pattern BRACKETED_PREFIX = Pattern.compile("^\\[[^\\]]{1,80}\\]\\s*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?");

    boolean found() {
        return headline >= 0;
    }

    static TextHead read(List<String> lines, BoilerplateLexicon lexicon, Predicate<String> boilerplate) {
        int n = lines.size();
        Set<Integer> used = new HashSet<>();
        int i = 0;
        while (i < Math.min(n, 2) && isNote(lines.get(i))) {
            used.add(i++);
        }
        if (i + 1 >= n) {
            return NONE;
        }
        String title = withoutNote(lines.get(i).strip(), lexicon);
        HeadlineShape shape = HeadlineShape.of(title);
        if (shape == null || boilerplate.test(title) || BylineLine.led(title) != null || BylineLine.named(title) != null
                || DateParser.parse(title) != null && WordCount.of(title) <= 8) {
            return NONE;
        }
        int headline = i;
        used.add(i++);
        Dateline dateline = null;
        int datelineLine = -1;
        List<String> authors = List.of();
        boolean byline = false;
        for (int k = 0; k < MAX_HEAD_LINES && i < n; k++, i++) {
            String line = lines.get(i).strip();
            if (isNote(line) || line.equals(lines.get(headline).strip())) {
                used.add(i); // a note, or the headline said twice (a page's title above its h1)
                continue;
            }
            if (BylineLine.led(line) != null || isStamp(line, lexicon)) {
                byline |= BylineLine.led(line) != null;
                continue; // read by TextMetadataReader, which is told these lines are the head's
            }
            Dateline d = dateline == null ? Dateline.ofLine(line) : null;
            if (d != null) {
                dateline = d;
                datelineLine = i;
                used.add(i);
                continue;
            }
            if (authors.isEmpty() && dateline == null && isBareName(line) && i + 1 < n
                    && (Dateline.ofLine(lines.get(i + 1)) != null || isParagraph(lines.get(i + 1)))) {
                authors = BylineNames.parse(line);
                byline = !authors.isEmpty();
                used.add(i);
                continue;
            }
            break;
        }
        int end = i - 1;
        // "(Corrects amount in paragraph 1)": a revision note among the story's first lines is the head's too
        for (int k = i; k < Math.min(n, i + MAX_HEAD_LINES); k++) {
            if (isRevisionNote(lines.get(k), lexicon)) {
                used.add(k);
            }
        }
        if (i >= n) {
            return dateline != null ? new TextHead(title, headline, end, dateline, datelineLine, authors, used) : NONE;
        }
        // The first paragraph follows, perhaps after a standfirst or a subheading.
        boolean plainSentence = shape == HeadlineShape.SENTENCE_CASE && HeadlineShape.endsWithFullStop(title);
        boolean borneOut = dateline != null || byline || followsAsLede(lines.get(i), title, plainSentence)
                || listFollows(lines, i)
                || i + 1 < n && WordCount.of(lines.get(i)) <= LineClassifier.MAX_HEADING_WORDS
                && followsAsLede(lines.get(i + 1), title, plainSentence);
        return borneOut ? new TextHead(title, headline, end, dateline, datelineLine, authors, used) : NONE;
    }

    /** A line that is only a bracketed note: "[CORRECTED 14:02 GMT]", "(Adds minister's quote in paragraph 5)". */
    static boolean isNote(String line) {
        String s = line.strip();
        return s.length() > 2 && (s.startsWith("[") && s.endsWith("]") || s.startsWith("(") && s.endsWith(")"))
                && WordCount.of(s) <= MAX_NOTE_WORDS && s.indexOf(s.charAt(s.length() - 1)) == s.length() - 1;
    }

    /** A bracketed note opened by a wire service's revision word: "(Corrects …)", "[Adds …]". */
    private static boolean isRevisionNote(String line, BoilerplateLexicon lexicon) {
        String s = line.strip();
        if (!isNote(s)) {
            return false;
        }
        String inside = s.substring(1);
        int space = inside.indexOf(' ');
        return lexicon.isExactly(Kind.WIRE_NOTE, space > 0 ? inside.substring(0, space) : inside);
    }

    /** The headline without a revision note in front: "UPDATE 2-Oil falls" → "Oil falls"; "[CORRECTED] Oil falls" too. */
    static String withoutNote(String headline, BoilerplateLexicon lexicon) {
        var bracket = BRACKETED_PREFIX.matcher(headline);
        if (bracket.lookingAt() && bracket.end() < headline.length()) {
            return headline.substring(bracket.end()).strip();
        }
        var m = NOTE_PREFIX.matcher(headline);
        if (m.lookingAt() && lexicon.isExactly(Kind.WIRE_NOTE, m.group(1))) {
            return headline.substring(m.end()).strip();
        }
        return headline;
    }

    /** A date on its own, perhaps with a label ("Updated March 3, 2025"). */
    private static boolean isStamp(String line, BoilerplateLexicon lexicon) {
        return WordCount.of(line) <= 8 && DateParser.parse(line) != null
                && (lexicon.startsWith(Kind.DATE_LABEL, line) || Dateline.ofLine(line) == null);
    }

    /** "Nadim Ladki", "Jane K. Roe": two to four capitalised words and nothing else. */
    static boolean isBareName(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || words.length > 4 || HeadlineShape.isCapitals(line)) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Three lines with the same list mark: a story that is a list ("+ Added …", "1. …") under its headline. */
    private static boolean listFollows(List<String> lines, int from) {
        String mark = from + 2 < lines.size() ? ListRows.listMark(lines.get(from)) : null;
        return mark != null && mark.equals(ListRows.listMark(lines.get(from + 1)))
                && mark.equals(ListRows.listMark(lines.get(from + 2)));
    }

    private static boolean followsAsLede(String line, String title, boolean longerThanTitle) {
        return isLede(line, title) && (!longerThanTitle || WordCount.of(line) > WordCount.of(title));
    }

    /**
     * The first paragraph under a headline: a long sentence, or a shorter one that shares a word with
     * the headline (a search box's "Enter keywords. Use the arrow keys." under "Skip to content" does not).
     */
    private static boolean isLede(String line, String headline) {
        if (!isParagraph(line)) {
            return false;
        }
        if (WordCount.of(line) >= LEDE_WORDS) {
            return true;
        }
        Set<String> words = new HashSet<>();
        for (String w : headline.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A line of running text: eight words or more, ended like a sentence. */
    static boolean isParagraph(String line) {
        return WordCount.of(line) >= LineClassifier.PROSE_MIN_WORDS && TextDumpCleaner.endsLikeSentence(line);
    }
}
