package com.precis.clean;

import com.precis.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline among what it declares (JSON-LD, OpenGraph, Twitter and Dublin Core
 * tags, the title element) by what the reader sees: a declared title that is also a top heading
 * of the page wins; then a top heading that starts the title element ("Headline - Site"); then
 * the first declared title, without a " | Site name" ending.
 */
final class HeadlineChooser {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»/]\\s+|\\s+::\\s+");

    private HeadlineChooser() {
    }

    static String choose(Document doc, String publisher, String... declared) {
        List<String> candidates = new ArrayList<>();
        for (String d : declared) {
            if (d != null && !d.isBlank()) {
                candidates.add(collapse(d));
            }
        }
        String titleTag = collapse(doc.title());
        List<String> headings = new ArrayList<>();
        for (Element h : doc.getElementsByTag("h1")) {
            String t = collapse(h.text());
            if (!t.isEmpty() && t.length() < 300) {
                headings.add(t);
            }
        }
        for (String c : candidates) {
            String stripped = withoutSiteName(c, publisher);
            for (String h : headings) {
                if (same(h, c) || same(h, stripped)) {
                    return h;
                }
            }
        }
        if (!titleTag.isEmpty()) {
            List<String> tops = new ArrayList<>(headings);
            for (Element h : doc.getElementsByTag("h2")) {
                tops.add(collapse(h.text()));
            }
            for (String h : tops) {
                if (h.length() >= 10 && startsSegment(titleTag, h)) {
                    return h;
                }
            }
        }
        if (!candidates.isEmpty()) {
            return withoutSiteName(candidates.get(0), publisher);
        }
        if (!titleTag.isEmpty()) {
            return withoutSiteName(titleTag, publisher);
        }
        return headings.isEmpty() ? null : headings.get(0);
    }

    /** "Headline | Site" without its last part when that part names the site or is a web address. */
    static String withoutSiteName(String title, String publisher) {
        var m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, lastStart).strip();
        boolean site = publisher != null && (same(tail, publisher) || loose(tail).contains(loose(publisher))
                || loose(publisher).contains(loose(tail)) && loose(tail).length() >= 3)
                || tail.matches("(?i)[\\p{L}\\d\\-]+(\\.[\\p{L}]{2,})+");
        return site && head.split("\\s+").length >= 2 ? head : title;
    }

    private static boolean startsSegment(String titleTag, String heading) {
        String t = titleTag.toLowerCase(Locale.ROOT);
        String h = heading.toLowerCase(Locale.ROOT);
        if (!t.startsWith(h)) {
            return false;
        }
        String rest = titleTag.substring(heading.length());
        return rest.isEmpty() || SEPARATOR.matcher(rest).lookingAt() || rest.startsWith(". ") || rest.startsWith(" (");
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && loose(a).equals(loose(b));
    }

    private static String loose(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String collapse(String s) {
        return s == null ? "" : Whitespace.collapse(s);
    }
}
