package com.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metadata from the head and tail lines of a text dump: the title (the first line), a byline
 * ("By …", "Par : …", "Von …", "Por …"), a date line and a "Source: URL" line. Lines it reads are
 * reported so the cleaner keeps them out of the body.
 */
final class TextMetadataReader {

    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(?:by|written by|par|de|von|por|door|di|av|autor|autora|author|auteur|texte|text)\\s*:?\\s+"
                    + "(\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?:[ ,&]+(?:and |et |y |e |und )?\\p{Lu}[\\p{L}\\p{M}.'’\\-]*){0,6})\\s*$");
    private static final Pattern SOURCE = Pattern.compile(
            "(?iu)^(?:source|original source|fuente|fonte|quelle|via|originally published at)\\s*:\\s*(https?://\\S+)\\s*$");
    private static final Pattern URL_ONLY = Pattern.compile("(?i)^https?://\\S+$");
    private static final int HEAD_LINES = 12;

    /** What was read, and the indexes of the lines it came from. */
    record Result(ArticleMetadata metadata, List<Integer> usedLines, boolean firstLineIsTitle) {
    }

    private TextMetadataReader() {
    }

    static Result read(List<String> lines) {
        String title = null;
        String publisher = null;
        List<String> authors = new ArrayList<>();
        String published = null;
        String url = null;
        List<Integer> used = new ArrayList<>();
        boolean firstIsTitle = false;
        if (!lines.isEmpty() && looksLikeTitle(lines.get(0))) {
            title = lines.get(0).strip();
            used.add(0);
            firstIsTitle = true;
        }
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
            String line = lines.get(i).strip();
            Matcher by = BYLINE.matcher(line);
            if (by.matches() && line.length() < 120) {
                String names = by.group(1).strip();
                // A site name has no space ("BitcoinEthereumNews"); people have a first and last name.
                if (!names.contains(" ") && !names.contains(",")) {
                    publisher = names;
                } else {
                    for (String name : names.split("\\s*(?:,|&| and | et | y | e | und )\\s*")) {
                        if (!name.isBlank()) {
                            authors.add(name.strip());
                        }
                    }
                }
                used.add(i);
                continue;
            }
            if (published == null && line.length() <= 60 && isDateLine(line)) {
                published = DateParser.parse(line);
                used.add(i);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher source = SOURCE.matcher(lines.get(i).strip());
            if (source.matches()) {
                url = source.group(1);
                used.add(i);
                break;
            }
        }
        return new Result(new ArticleMetadata(title, publisher, authors, published, url, null), used, firstIsTitle);
    }

    static boolean isUrlOnly(String line) {
        return URL_ONLY.matcher(line.strip()).matches();
    }

    private static boolean looksLikeTitle(String line) {
        String s = line.strip();
        int words = s.split("\\s+").length;
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
