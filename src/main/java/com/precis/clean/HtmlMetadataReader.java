package com.precis.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page's metadata: JSON-LD (NewsArticle and kin) first, then OpenGraph and other
 * meta tags, then the markup itself (title, h1, time, byline elements).
 */
final class HtmlMetadataReader {

    // Parsed once: jsoup parses a query string again on every select.
    private static final Evaluator LANG = QueryParser.parse("html[lang]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator AUTHOR_META = QueryParser.parse(
            "meta[name=author], meta[property=article:author], meta[name=byl]");
    private static final Evaluator BYLINE_ELEMENTS = QueryParser.parse(
            "[rel=author], [itemprop=author], .byline, .author, .byline-name");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "webpage", "scholarlyarticle",
            "techarticle", "report", "liveblogposting", "backgroundnewsarticle");

    private HtmlMetadataReader() {
    }

    static ArticleMetadata read(Document doc) {
        java.util.Map<String, String> tags = metaTags(doc);
        JsonNode ld = articleJsonLd(doc);
        String publisher = first(ldName(ld == null ? null : ld.get("publisher")), meta(tags, "og:site_name"),
                meta(tags, "application-name"));
        String title = HeadlineChooser.choose(doc, publisher, text(ld, "headline"), text(ld, "name"),
                meta(tags, "og:title"), meta(tags, "twitter:title"), meta(tags, "dc.title"), meta(tags, "dcterms.title"),
                meta(tags, "parsely-title"), meta(tags, "title"));
        List<String> authors = authors(doc, ld);
        String published = DateParser.parse(first(text(ld, "datePublished"), meta(tags, "article:published_time"),
                meta(tags, "datePublished"), meta(tags, "pubdate"), meta(tags, "date"), meta(tags, "dc.date"),
                meta(tags, "sailthru.date"), timeElement(doc)));
        String url = first(meta(tags, "og:url"), canonical(doc), text(ld, "url"));
        String lang = doc.select(LANG).attr("lang");
        String language = lang.isBlank() ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return new ArticleMetadata(clean(title), clean(publisher), authors, published, url, language);
    }

    /** The metadata with authors read from the byline element the extractor found in the page. */
    static ArticleMetadata withByline(ArticleMetadata m, String byline) {
        List<String> authors = BylineNames.parse(byline);
        return authors.isEmpty() ? m
                : new ArticleMetadata(m.title(), m.publisher(), authors, m.publishedAt(), m.url(), m.language());
    }

    private static JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select(JSON_LD)) {
            try {
                String data = script.data().strip();
                // Some pages wrap JSON-LD in CDATA or comment markers.
                data = data.replace("<![CDATA[", "").replace("]]>", "").replace("<!--", "").replace("-->", "");
                JsonNode found = findArticle(JSON.readTree(data), 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception ignored) {
                // broken JSON-LD is common; the other sources still count
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)) && node.has("headline")) {
                    return node;
                }
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static List<String> authors(Document doc, JsonNode ld) {
        Set<String> names = new LinkedHashSet<>();
        if (ld != null && ld.has("author")) {
            JsonNode author = ld.get("author");
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isTextual() ? a.asText() : ldName(a);
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        if (names.isEmpty()) {
            for (Element m : doc.select(AUTHOR_META)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty() && !v.startsWith("http")) {
                    List<String> parsed = BylineNames.parse(v);
                    names.addAll(parsed.isEmpty() && v.length() <= 60 ? List.of(v.replaceFirst("(?i)^by\\s+", "")) : parsed);
                }
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select(BYLINE_ELEMENTS)) {
                String v = e.text().strip();
                if (!v.isEmpty() && v.length() < 100 && !BylineNames.parse(v).isEmpty()) {
                    names.addAll(BylineNames.parse(v));
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static String ldName(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : ldName(node.get(0));
        }
        JsonNode name = node.get("name");
        return name == null ? null : name.asText(null);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        return v.isTextual() ? v.asText() : null;
    }

    /** The page's meta tags by property, name and itemprop (lower case), first non-empty content each: one pass. */
    private static java.util.Map<String, String> metaTags(Document doc) {
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String v = m.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    tags.putIfAbsent(key, v);
                }
            }
        }
        return tags;
    }

    private static String meta(java.util.Map<String, String> tags, String key) {
        return tags.get(key.toLowerCase(Locale.ROOT));
    }

    private static String canonical(Document doc) {
        String href = doc.select(CANONICAL).attr("href");
        return href.startsWith("http") ? href : null;
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst(TIME);
        return time == null ? null : time.attr("datetime");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
