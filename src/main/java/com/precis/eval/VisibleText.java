package com.precis.eval;

import com.precis.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text a reader sees in a piece of HTML, one line per block: every block element (paragraph,
 * div, list item, heading, cell, ...) starts a new line, inline elements run on, whitespace is
 * collapsed. Used two ways: on a whole page it makes the naive text dump of the held-out set
 * (menus, share bars and footers included); on Readability's expected.html it makes the gold body.
 */
public final class VisibleText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "tr", "dd", "dt", "dl", "section", "article", "header", "footer", "ul", "ol",
            "table", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "br", "hr", "main", "aside",
            "nav", "address", "details", "summary", "form", "fieldset", "legend", "center", "menu", "body",
            "option", "label");
    private static final Set<String> NEVER_SHOWN = Set.of("script", "style", "noscript", "template", "svg",
            "head", "title", "meta", "link", "iframe", "object", "embed", "select", "textarea", "input",
            "img", "video", "audio", "canvas", "map");

    private final boolean cellsOnOwnLine;

    private VisibleText(boolean cellsOnOwnLine) {
        this.cellsOnOwnLine = cellsOnOwnLine;
    }

    /** The naive dump of a whole page: each table cell is a block too, hidden elements are left out. */
    public static List<String> dumpLines(Element root) {
        return new VisibleText(true).lines(root);
    }

    /** The blocks of an article body, cells of a row joined by " | " as eval/tools/html_to_text.py does. */
    public static List<String> bodyBlocks(Element root) {
        return new VisibleText(false).lines(root);
    }

    private List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (NEVER_SHOWN.contains(tag) || isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isBlock(tag)) {
                    flush(line, lines);
                } else if (tag.equals("td") || tag.equals("th")) {
                    line.append(line.toString().isBlank() ? "" : " | ");
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e.normalName())) {
                    flush(line, lines);
                }
                return FilterResult.CONTINUE;
            }
        });
        flush(line, lines);
        return lines;
    }

    private boolean isBlock(String tag) {
        return BLOCKS.contains(tag) || cellsOnOwnLine && (tag.equals("td") || tag.equals("th"));
    }

    private boolean isHidden(Element e) {
        if (!cellsOnOwnLine) {
            return false; // a gold body is taken as it is
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = Whitespace.collapse(line);
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
