package com.precis.clean;

import com.precis.text.Whitespace;
import com.precis.text.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns the article's elements into blocks as a reader sees them: every block element (paragraph,
 * heading, list item, quote, table row, ...) starts a new block, inline markup runs on, table cells
 * of a row are joined by " | ". Figure captions and credits are left out: they describe a picture,
 * not the story.
 */
final class HtmlBlocks {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "tr", "dd", "dt", "dl", "section", "article", "header", "footer", "ul", "ol",
            "table", "figure", "br", "hr", "main", "address", "details", "summary", "center", "caption");
    private static final Set<String> SKIPPED = Set.of("figcaption", "script", "style", "noscript", "template",
            "button", "select", "textarea", "input");

    private HtmlBlocks() {
    }

    static List<Block> of(List<Element> article) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] headingDepth = {0};
        boolean[] sawHeadingText = {false};
        for (Element root : article) {
            root.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        if (headingDepth[0] > 0 && !t.isBlank()) {
                            sawHeadingText[0] = true;
                        }
                        text.append(t.getWholeText());
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.CONTINUE;
                    }
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush(text, blocks, headingDepth[0] > 0);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        if (!text.toString().isBlank()) {
                            text.append(" | ");
                        }
                    }
                    if (isHeading(tag)) {
                        headingDepth[0]++;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (BLOCKS.contains(tag)) {
                            flush(text, blocks, headingDepth[0] > 0);
                        }
                        if (isHeading(tag)) {
                            headingDepth[0]--;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            });
            flush(text, blocks, false);
        }
        return blocks;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static void flush(StringBuilder text, List<Block> blocks, boolean heading) {
        String t = Whitespace.collapse(text);
        text.setLength(0);
        if (t.isEmpty() || t.equals("|")) {
            return;
        }
        blocks.add(heading ? Block.heading(t) : Block.paragraph(t));
    }
}
