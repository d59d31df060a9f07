package com.precis.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that state its metadata, gathered in one walk over the page instead of a
 * query each (each query walks the whole page): meta tags, JSON-LD scripts, the canonical link, the
 * first {@code <time datetime>}, the root's {@code lang}, and the elements marked as bylines, all
 * in page order.
 */
record MetadataSources(List<Element> metas, List<Element> jsonLd, Element canonical, Element time, String lang,
        List<Element> bylines) {

    static MetadataSources of(Document doc) {
        List<Element> metas = new ArrayList<>();
        List<Element> jsonLd = new ArrayList<>();
        List<Element> bylines = new ArrayList<>();
        Element[] canonical = new Element[1];
        Element[] time = new Element[1];
        String[] lang = {""};
        doc.traverse((NodeVisitor) (node, depth) -> {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> metas.add(e);
                case "script" -> {
                    if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "link" -> {
                    if (canonical[0] == null && e.attr("rel").strip().equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        canonical[0] = e;
                    }
                }
                case "time" -> {
                    if (time[0] == null && e.hasAttr("datetime")) {
                        time[0] = e;
                    }
                }
                case "html" -> {
                    if (lang[0].isEmpty()) {
                        lang[0] = e.attr("lang");
                    }
                }
                default -> {
                }
            }
            if (isByline(e)) {
                bylines.add(e);
            }
        });
        return new MetadataSources(metas, jsonLd, canonical[0], time[0], lang[0], bylines);
    }

    /** As the selector {@code [rel=author], [itemprop=author], .byline, .author, .byline-name}. */
    private static boolean isByline(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.attr("rel").strip().equalsIgnoreCase("author") || e.attr("itemprop").strip().equalsIgnoreCase("author")) {
            return true;
        }
        // Most elements have classes and none of these: look for the words before matching whole classes.
        String classes = e.attr("class");
        return !classes.isEmpty() && (containsIgnoreCase(classes, "byline") || containsIgnoreCase(classes, "author"))
                && (e.hasClass("byline") || e.hasClass("author") || e.hasClass("byline-name"));
    }

    private static boolean containsIgnoreCase(String text, String lowerWord) {
        for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
            if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }
}
