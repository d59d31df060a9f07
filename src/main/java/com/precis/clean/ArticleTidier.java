package com.precis.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Elements;

/**
 * Removes from the chosen article what sits inside it but is not article: share bars, headers
 * marked as boilerplate, and lists, tables and containers that look like navigation or widgets
 * (more links than text, more list items than paragraphs, forms, lone embeds, image strips).
 * Data tables stay.
 */
final class ArticleTidier {

    // Parsed once: jsoup parses a query string again on every select.
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2");
    private static final Evaluator MEDIA = QueryParser.parse("img, embed, object, iframe");
    private static final Evaluator TABLE_STRUCTURE = QueryParser.parse("col, colgroup, tfoot, thead, th");
    private static final Evaluator NESTED_TABLE = QueryParser.parse("table table");

    private final NodeStats stats;
    private final ArticleFinder finder;
    private final boolean conditional;
    private final java.util.Set<Element> insideDataTable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Map<Element, Boolean> dataTables = new java.util.IdentityHashMap<>();
    private final java.util.Set<Element> insideFigure = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ArticleTidier(NodeStats stats, ArticleFinder finder, boolean conditional) {
        this.stats = stats;
        this.finder = finder;
        this.conditional = conditional;
    }

    void tidy(List<Element> article) {
        for (Element root : article) {
            markInside(root);
            for (Element e : root.getAllElements()) {
                if (e != root && e.parent() != null && ClassHints.SHARE.matcher(ClassHints.of(e)).find()
                        && stats.get(e).chars < 500) {
                    stats.remove(e);
                }
            }
            for (Element h : root.select(HEADINGS)) {
                if (h.parent() != null && finder.classWeight(h) < 0) {
                    stats.remove(h);
                }
            }
            if (conditional) {
                for (String tag : new String[] {"form", "fieldset", "table", "ul", "div"}) {
                    cleanConditionally(root, tag);
                }
            }
            for (Element p : root.getElementsByTag("p")) {
                if (p.parent() != null && stats.get(p).chars == 0 && p.select(MEDIA).isEmpty()) {
                    stats.remove(p);
                }
            }
        }
    }

    private void cleanConditionally(Element root, String tag) {
        Elements nodes = root.getElementsByTag(tag);
        for (Element node : nodes) {
            if (node == root || node.parent() == null || insideDataTable.contains(node)
                    || dataTables.computeIfAbsent(node, ArticleTidier::isDataTable)) {
                continue;
            }
            if (shouldRemove(node, tag)) {
                stats.remove(node);
            }
        }
    }

    private boolean shouldRemove(Element node, String tag) {
        boolean isList = tag.equals("ul") || tag.equals("ol");
        int weight = finder.classWeight(node);
        NodeStats.Figures f = stats.get(node);
        // A list scores negative by its tag alone; one with real text and few links is part of the story.
        boolean proseList = isList && weight >= 0 && f.chars >= 200 && f.linkDensity() < 0.3;
        if (weight + finder.score(node) < 0 && !proseList) {
            return true;
        }
        if (isList && f.listItems >= 2 && f.linkDensity() > 0.8 && f.chars < f.listItems * 60) {
            return true; // a list of links in the article: "more on this", "our coverage"
        }
        if (f.commas >= 10) {
            return false;
        }
        int p = f.paragraphs;
        int img = f.images;
        int li = f.listItems - 100;
        int input = f.inputs;
        double headingDensity = f.chars == 0 ? 0 : (double) f.headingChars / f.chars;
        int embeds = f.embeds;
        double linkDensity = f.linkDensity();
        int length = f.chars;
        boolean inFigure = insideFigure.contains(node);
        boolean remove = img > 1 && (double) p / img < 0.5 && !inFigure
                || !isList && li > p
                || input > Math.floor(p / 3.0)
                || !isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embeds == 1 && length < 75 || embeds > 1;
        if (isList && remove) {
            // A list of images, one per item, is a gallery: keep it.
            boolean gallery = true;
            for (Element child : node.children()) {
                if (child.childrenSize() > 1 || child.getElementsByTag("img").isEmpty()) {
                    gallery = false;
                    break;
                }
            }
            if (gallery && f.images == node.childrenSize()) {
                return false;
            }
        }
        return remove;
    }

    /** Marks, in one pass down the tree, what sits inside a data table or a figure. */
    private void markInside(Element root) {
        insideDataTable.clear();
        dataTables.clear();
        insideFigure.clear();
        for (Element e : root.getAllElements()) {
            Element parent = e.parent();
            if (parent == null || e == root) {
                continue;
            }
            if (insideDataTable.contains(parent) || parent.normalName().equals("table")
                    && dataTables.computeIfAbsent(parent, ArticleTidier::isDataTable)) {
                insideDataTable.add(e);
            }
            if (insideFigure.contains(parent) || parent.normalName().equals("figure")) {
                insideFigure.add(e);
            }
        }
    }

    /** A table of data, not of layout: it says so in its markup, or has many rows or columns. */
    static boolean isDataTable(Element table) {
        if (!table.normalName().equals("table")) {
            return false;
        }
        if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) {
            return false;
        }
        if (table.hasAttr("summary")) {
            return true;
        }
        Element caption = table.selectFirst("> caption");
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        if (!table.select(TABLE_STRUCTURE).isEmpty()) {
            return true;
        }
        if (!table.select(NESTED_TABLE).isEmpty() || table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            rows++;
            int cells = 0;
            for (Element cell : tr.children()) {
                String span = cell.attr("colspan");
                cells += span.matches("\\d{1,3}") ? Integer.parseInt(span) : 1;
            }
            columns = Math.max(columns, cells);
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
