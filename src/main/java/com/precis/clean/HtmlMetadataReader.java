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

/**
 * Reads an HTML page's metadata: JSON-LD (NewsArticle and kin) first, then OpenGraph and other
 * meta tags, then the markup itself (title, h1, time, byline elements).
 */
final class HtmlMetadataReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "webpage", "scholarlyarticle",
            "techarticle", "report", "liveblogposting", "backgroundnewsarticle");

    private HtmlMetadataReader() {
    }

    static ArticleMetadata read(Document doc) {
        MetadataSources sources = MetadataSources.of(doc);
        java.util.Map<String, String> tags = metaTags(sources.metas());
        JsonNode ld = articleJsonLd(sources.jsonLd());
        String publisher = first(ldName(ld == null ? null : ld.get("publisher")), meta(tags, "og:site_name"),
                meta(tags, "application-name"));
        String title = HeadlineChooser.choose(doc, publisher, text(ld, "headline"), text(ld, "name"),
                meta(tags, "og:title"), meta(tags, "twitter:title"), meta(tags, "dc.title"), meta(tags, "dcterms.title"),
                meta(tags, "parsely-title"), meta(tags, "title"));
        List<String> authors = authors(sources, ld);
        String published = DateParser.parse(first(text(ld, "datePublished"), meta(tags, "article:published_time"),
                meta(tags, "datePublished"), meta(tags, "pubdate"), meta(tags, "date"), meta(tags, "dc.date"),
                meta(tags, "sailthru.date"), sources.time() == null ? null : sources.time().attr("datetime")));
        String url = first(meta(tags, "og:url"), canonical(sources.canonical()), text(ld, "url"));
        String lang = sources.lang();
        String language = lang.isBlank() ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return new ArticleMetadata(clean(title), clean(publisher), authors, published, url, language);
    }

    /** The metadata with authors read from the byline element the extractor found in the page. */
    static ArticleMetadata withByline(ArticleMetadata m, String byline) {
        List<String> authors = BylineNames.parse(byline);
        return authors.isEmpty() ? m
                : new ArticleMetadata(m.title(), m.publisher(), authors, m.publishedAt(), m.url(), m.language());
    }

    private static JsonNode articleJsonLd(List<Element> scripts) {
        for (Element script : scripts) {
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

    private static List<String> authors(MetadataSources sources, JsonNode ld) {
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
            for (Element m : sources.metas()) {
                if (!isAuthorMeta(m)) {
                    continue;
                }
                String v = m.attr("content").strip();
                if (!v.isEmpty() && !v.startsWith("http")) {
                    List<String> parsed = BylineNames.parse(v);
                    names.addAll(parsed.isEmpty() && v.length() <= 60 ? List.of(v.replaceFirst("(?i)^by\\s+", "")) : parsed);
                }
            }
        }
        if (names.isEmpty()) {
            for (Element e : sources.bylines()) {
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
    private static java.util.Map<String, String> metaTags(List<Element> metas) {
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        for (Element m : metas) {
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

    private static String canonical(Element link) {
        String href = link == null ? "" : link.attr("href");
        return href.startsWith("http") ? href : null;
    }

    /** As the selector {@code meta[name=author], meta[property=article:author], meta[name=byl]}. */
    private static boolean isAuthorMeta(Element m) {
        String name = m.attr("name").strip();
        return name.equalsIgnoreCase("author") || name.equalsIgnoreCase("byl")
                || m.attr("property").strip().equalsIgnoreCase("article:author");
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
