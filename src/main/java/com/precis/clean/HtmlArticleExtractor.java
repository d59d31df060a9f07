package com.precis.clean;

import com.precis.text.Block;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article in an HTML page with jsoup: strips what is never content, scores containers by
 * the paragraphs they hold (length, commas, markup hints, link density), takes the best one and its
 * siblings that score nearly as well, and returns their headings, paragraphs, list items, quotes
 * and table rows as blocks. Nothing is executed and nothing is fetched.
 */
public final class HtmlArticleExtractor {

    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|share|social|related|promo|sidebar|newsletter|cookie|footer|masthead|menu|nav\\b|"
                    + "navbar|breadcrumb|advert|\\bad-|\\bads\\b|sponsor|subscribe|widget|caption|credit|"
                    + "popup|modal|banner|outbrain|taboola|recirc|more-stories|tags?\\b|byline|author-bio|signup");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|main|page|post|text|blog|story|prose");
    private static final String NEVER_CONTENT = "script, style, noscript, iframe, svg, canvas, form, nav, aside, "
            + "footer, button, input, select, textarea, template, object, embed, figure figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], "
            + "[hidden]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, tr, dd, dt";

    public HtmlArticleExtractor() {
    }

    public HtmlArticleExtractor(com.precis.text.LanguageDetector languages) {
    }

    public CleanedArticle extract(String html) {
        Document doc = Jsoup.parse(html);
        ArticleMetadata metadata = HtmlMetadataReader.read(doc);
        Element body = doc.body();
        int allBlocks = body.select(BLOCKS).size();
        body.select(NEVER_CONTENT).remove();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && isUnlikely(e)) {
                e.remove();
            }
        }
        Element top = topCandidate(body);
        List<Block> blocks = new ArrayList<>();
        if (top != null) {
            collectBlocks(top, blocks, metadata.title());
        }
        return new CleanedArticle(blocks, metadata, Math.max(0, allBlocks - blocks.size()));
    }

    private static boolean isUnlikely(Element e) {
        String tag = e.tagName();
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
            return false;
        }
        String hint = e.className() + " " + e.id();
        return hint.length() > 1 && NEGATIVE.matcher(hint).find() && !POSITIVE.matcher(hint).find();
    }

    private static Element topCandidate(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score + classWeight(parent), Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2 + classWeight(grand), Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best == null ? body : best;
    }

    private static void collectBlocks(Element root, List<Block> blocks, String title) {
        Elements elements = root.select(BLOCKS);
        for (Element e : elements) {
            // nested blocks (a p inside a blockquote or li) are taken at the innermost level
            if (!e.select(BLOCKS).not(":root").isEmpty() && !e.tagName().equals("tr")) {
                continue;
            }
            String text = e.tagName().equals("tr") ? rowText(e) : e.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean heading = e.tagName().matches("h[1-6]");
            if (heading && title != null && text.equalsIgnoreCase(title.strip())) {
                continue; // the headline is metadata, not body
            }
            if (!heading && linkDensity(e) > 0.5 && text.length() < 200) {
                continue;
            }
            blocks.add(heading ? Block.heading(text) : Block.paragraph(text));
        }
    }

    private static String rowText(Element row) {
        List<String> cells = new ArrayList<>();
        for (Element cell : row.select("> td, > th")) {
            String t = cell.text().strip();
            if (!t.isEmpty()) {
                cells.add(t);
            }
        }
        return String.join(" | ", cells);
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / total;
    }

    private static int classWeight(Element e) {
        String hint = e.className() + " " + e.id();
        int w = 0;
        if (NEGATIVE.matcher(hint).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(hint).find()) {
            w += 25;
        }
        if (e.tagName().equals("article")) {
            w += 10;
        }
        return w;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }
}
