package com.precis.clean;

import com.precis.clean.TextLine.LineClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metadata from the lines of a text dump: a byline ({@link BylineLine}; also "By" alone with the
 * names on the next line), a date line and a "Source: URL" line first, so
 * the cleaner keeps them out of the body; then, once the body is known, the title: the headline-like
 * line before the body that shares most words with it (the first line when nothing better is found).
 */
final class TextMetadataReader {

    private static final Pattern BYLINE_WORD = Pattern.compile(
            "(?iu)^(?:by|par|von|por|door|di|av|autor|autora|author|auteur)\\s*:?$");
    private static final Pattern SOURCE = Pattern.compile(
            "(?iu)^(?:source|original source|fuente|fonte|quelle|via|originally published at|zdroj)\\s*:\\s*(https?://\\S+)\\s*$");
    private static final Pattern URL_ONLY = Pattern.compile("(?i)^https?://\\S+$");
    private static final int HEAD_AFTER_FIRST_PARAGRAPH = 3;
    private static final int HEAD_DATED_BYLINE = 8;
    private static final int TITLE_WINDOW = 60;

    /** What was read before the body is known, and the lines it came from. */
    record Header(String publisher, List<String> authors, String publishedAt, String url, Set<Integer> usedLines) {
    }

    private TextMetadataReader() {
    }

    /** The byline, date and source lines; the lines in skip (a plain-text article's headline and dateline) are not read. */
    static Header readHeader(List<String> lines, Set<Integer> skip) {
        String publisher = null;
        List<String> authors = new ArrayList<>();
        String published = null;
        String url = null;
        Set<Integer> used = new HashSet<>();
        // Bylines and dates head the article: after its first paragraphs a "by …" line is a widget's.
        int firstParagraph = lines.size();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isParagraph(lines.get(i)) && isParagraph(lines.get(i + 1))) {
                firstParagraph = i; // two paragraphs in a row: the body has begun (a lone one may be a notice)
                break;
            }
        }
        int headEnd = firstParagraph + HEAD_AFTER_FIRST_PARAGRAPH;
        // A byline that carries a date, or has one on the next line, may come after a standfirst, a
        // picture and its caption; a bare "by …" that far in is a widget's.
        int datedHeadEnd = firstParagraph + HEAD_DATED_BYLINE;
        for (int i = 0; i < lines.size() && i <= datedHeadEnd; i++) {
            String line = lines.get(i).strip();
            if (line.length() > 250 || skip.contains(i)) {
                continue;
            }
            if (authors.isEmpty() && publisher == null) {
                BylineLine by = line.length() <= 160 || line.contains(",") ? BylineLine.led(line) : null;
                if (by == null && line.length() <= 100) {
                    by = BylineLine.named(line);
                }
                String date = by == null ? null : by.date();
                boolean dated = date != null || i + 1 < lines.size() && isDateLine(lines.get(i + 1).strip());
                if (by != null && (i <= headEnd || dated && by.led())) {
                    String names = by.names();
                    // A site name has no space ("BitcoinEthereumNews"); people have a first and last name.
                    if (by.led() && !names.contains(" ") && !names.contains(",")) {
                        publisher = names;
                    } else {
                        authors.addAll(BylineNames.parse(names));
                    }
                    if (published == null && date != null) {
                        published = date;
                    }
                    used.add(i);
                    continue;
                }
                if (i <= headEnd && BYLINE_WORD.matcher(line).matches() && i + 1 < lines.size()) {
                    List<String> names = BylineNames.parse(lines.get(i + 1));
                    if (!names.isEmpty()) {
                        authors.addAll(names);
                        used.add(i);
                        used.add(i + 1);
                        continue;
                    }
                }
            }
            if (published == null && i <= headEnd && line.length() <= 80 && isDateLine(line)) {
                published = DateParser.parse(line);
                used.add(i);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher source = SOURCE.matcher(lines.get(i).strip());
            if (url == null && source.matches()) {
                url = source.group(1);
                used.add(i);
            }
        }
        return new Header(publisher, authors, published, url, used);
    }

    /**
     * The metadata once the body is known. A plain-text article's head gives the title, and the
     * byline and date when no byline or date line did; a wire opener ("LONDON (Reuters) - ") in the
     * body's first paragraph gives the publisher (the agency) and a date when nothing better does.
     */
    static ArticleMetadata complete(Header header, TextHead head, Dateline opener, List<String> lines,
                                    List<TextLine> classed, int[] body, TopicWords topic, String language,
                                    java.util.function.Predicate<String> boilerplate) {
        String title = head.found() ? head.title() : title(lines, classed, body, topic, boilerplate);
        List<String> authors = header.authors().isEmpty() ? head.authors() : header.authors();
        String published = header.publishedAt();
        if (published == null && head.dateline() != null) {
            published = head.dateline().date();
        }
        String publisher = header.publisher();
        if (opener != null) {
            publisher = publisher == null ? opener.agency() : publisher;
            published = published == null ? opener.date() : published;
        }
        return new ArticleMetadata(title, publisher, authors, published, header.url(), language);
    }

    /** The headline: a short line before the body sharing the most content words with its start. */
    private static String title(List<String> lines, List<TextLine> classed, int[] body, TopicWords topic,
                                java.util.function.Predicate<String> boilerplate) {
        if (lines.isEmpty()) {
            return null;
        }
        if (body == null) {
            return isHeadlineShaped(lines.get(0)) ? lines.get(0).strip() : null;
        }
        // The headline sits above the body, sometimes repeated (so classed noise), sometimes just inside
        // it as the body's first line: that line is a candidate too, and is then no part of what it is
        // compared with.
        int end = body[0];
        while (end <= body[1] && classed.get(end).kind() != LineClass.PROSE) {
            end++;
        }
        boolean firstMayBeHeadline = end <= body[1] && isHeadlineShaped(classed.get(end).text());
        TopicWords.Vocabulary start = topic.vocabulary();
        int taken = 0;
        for (int i = firstMayBeHeadline ? end + 1 : body[0]; i <= body[1] && taken < 5; i++) {
            if (classed.get(i).kind() == LineClass.PROSE) {
                topic.add(start, classed.get(i).text());
                taken++;
            }
        }
        String best = null;
        double bestScore = 0;
        int last = firstMayBeHeadline ? end : end - 1;
        for (int i = Math.max(0, body[0] - TITLE_WINDOW); i <= last && i < classed.size(); i++) {
            TextLine line = classed.get(i);
            String text = line.text();
            if (line.kind() == LineClass.BARRIER || line.kind() == LineClass.META || !isHeadlineShaped(text)
                    || line.kind() == LineClass.NOISE && boilerplate.test(text)) {
                continue;
            }
            double score = topic.overlap(text, start) * Math.min(line.words(), 8);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = text;
            }
        }
        if (best != null && bestScore >= 2) {
            return best.strip();
        }
        // A dump that opens with its headline; never a menu or skip link.
        TextLine first = classed.isEmpty() ? null : classed.get(0);
        boolean firstIsJunk = first != null && first.text().equals(lines.get(0))
                && (first.kind() == LineClass.NOISE || first.kind() == LineClass.SHORT || first.kind() == LineClass.BARRIER);
        return !firstIsJunk && isHeadlineShaped(lines.get(0)) && !boilerplate.test(lines.get(0))
                ? lines.get(0).strip() : null;
    }

    /**
     * Title-sized, not a list item, and not ended like a sentence unless as a question or
     * exclamation ("…?'" too), or with a full stop after words in capitals or Title Case, which
     * sentences of a body are not written in.
     */
    private static boolean isHeadlineShaped(String text) {
        if (!looksLikeTitle(text) || ListRows.listMark(text) != null) {
            return false;
        }
        char last = TextDumpCleaner.lastBeforeClosers(text);
        if (!TextDumpCleaner.endsLikeSentence(text) || last == '?' || last == '!' || last == '？' || last == '！') {
            return true;
        }
        HeadlineShape shape = HeadlineShape.of(text);
        return HeadlineShape.endsWithFullStop(text) && (shape == HeadlineShape.CAPITALS || shape == HeadlineShape.TITLE_CASE);
    }

    private static boolean isParagraph(String line) {
        return WordCount.of(line) >= 15 && TextDumpCleaner.endsLikeSentence(line);
    }

    static boolean isUrlOnly(String line) {
        return URL_ONLY.matcher(line.strip()).matches();
    }

    private static boolean looksLikeTitle(String line) {
        String s = line.strip();
        int words = WordCount.of(s);
        return words >= 3 && words <= 30 && s.length() <= 250 && !isUrlOnly(s) && !s.endsWith(":");
    }

    /** A line that is a date (and perhaps a time), with little else on it. */
    private static boolean isDateLine(String line) {
        String parsed = DateParser.parse(line);
        if (parsed == null) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                letters++;
            }
        }
        return letters <= 30;
    }
}
