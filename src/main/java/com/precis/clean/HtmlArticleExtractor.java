package com.precis.clean;

import com.precis.text.Block;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article in an HTML page with jsoup. Metadata comes first, from JSON-LD, OpenGraph and
 * meta tags. The body is found by content scoring: the page is pruned of what is never article,
 * paragraphs score their containers by length and commas, containers lose their link text, the best
 * container and its fellow siblings are tidied of widgets, and their text becomes blocks. When that
 * finds too little, it runs again less strictly (keeping unlikely-looking containers, then ignoring
 * class names, then keeping widgets), as a reader would look again. Nothing is executed or fetched.
 */
public final class HtmlArticleExtractor {

    private static final Evaluator BLOCKS = QueryParser.parse("p, li, h1, h2, h3, h4, h5, h6, tr, blockquote, pre");

    private static final int ENOUGH_CHARS = 500;

    private final BlockFilter blockFilter;

    public HtmlArticleExtractor() {
        this(BoilerplateLexicon.standard());
    }

    public HtmlArticleExtractor(BoilerplateLexicon lexicon) {
        this.blockFilter = new BlockFilter(lexicon);
    }

    public CleanedArticle extract(String html) {
        Document doc = Jsoup.parse(html);
        ArticleMetadata metadata = HtmlMetadataReader.read(doc);
        int allBlocks = doc.body().select(BLOCKS).size();
        List<Block> best = List.of();
        int bestChars = -1;
        String byline = null;
        int pageChars = -1; // counted only when a first look finds too little, which is rare
        Document unprepared = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            Document page = attempt == 0 ? doc : unprepared != null ? unprepared : Jsoup.parse(html);
            unprepared = null;
            PagePrep.Result prep = PagePrep.prepare(page.body(), metadata.title(), attempt < 1);
            NodeStats stats = NodeStats.of(page.body());
            ArticleFinder finder = new ArticleFinder(stats, attempt < 2);
            List<Element> article = finder.find(page.body(), prep.toScore());
            new ArticleTidier(stats, finder, attempt < 3).tidy(article);
            List<Block> blocks = blockFilter.filter(HtmlBlocks.of(article), metadata.title());
            int chars = 0;
            for (Block b : blocks) {
                chars += b.text().length();
            }
            if (chars > bestChars) {
                best = blocks;
                bestChars = chars;
                byline = prep.byline();
            }
            if (chars >= ENOUGH_CHARS) {
                break;
            }
            if (pageChars < 0) {
                unprepared = Jsoup.parse(html); // the next look needs a fresh page anyway
                pageChars = visibleChars(unprepared.body());
            }
            // Looking again only helps when the page holds much more text than was found.
            if (pageChars < 2 * Math.max(chars, ENOUGH_CHARS / 2)) {
                break;
            }
        }
        if (metadata.authors().isEmpty() && byline != null) {
            metadata = HtmlMetadataReader.withByline(metadata, byline);
        }
        return new CleanedArticle(new ArrayList<>(best), metadata, Math.max(0, allBlocks - best.size()));
    }

    /** Characters of text in the page, scripts and styles aside: what a second look could find at most. */
    private static int visibleChars(Element body) {
        NodeStats.Figures f = new NodeStats.Figures();
        body.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && !(node.parent() instanceof Element p
                    && (p.normalName().equals("script") || p.normalName().equals("style")))) {
                NodeStats.countText(t.getWholeText(), f);
            }
        });
        return f.chars;
    }
}
