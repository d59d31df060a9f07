package com.precis.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element of a tree, computed in one pass from the leaves up: visible
 * characters, characters inside links, commas, and counts of the elements that tell content from
 * boilerplate. Removing an element subtracts its figures from its ancestors, so the figures stay
 * right while the cleaner prunes, without walking subtrees again.
 */
final class NodeStats {

    /** The figures of one element's subtree. */
    static final class Figures {
        int chars;
        double linkChars;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        int embeds;
        int headingChars;

        void add(Figures o) {
            chars += o.chars;
            linkChars += o.linkChars;
            commas += o.commas;
            paragraphs += o.paragraphs;
            images += o.images;
            listItems += o.listItems;
            inputs += o.inputs;
            embeds += o.embeds;
            headingChars += o.headingChars;
        }

        void subtract(Figures o) {
            chars -= o.chars;
            linkChars -= o.linkChars;
            commas -= o.commas;
            paragraphs -= o.paragraphs;
            images -= o.images;
            listItems -= o.listItems;
            inputs -= o.inputs;
            embeds -= o.embeds;
            headingChars -= o.headingChars;
        }

        /** Share of the text that is link text; in-page (#) links count less, they are often footnotes. */
        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1, linkChars / chars);
        }
    }

    private static final Figures NONE = new Figures();
    private final Map<Element, Figures> figures = new IdentityHashMap<>();

    static NodeStats of(Element root) {
        NodeStats stats = new NodeStats();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.figures.put(e, stats.own(e));
                }
            }
        });
        return stats;
    }

    private Figures own(Element e) {
        Figures f = new Figures();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                countText(t.getWholeText(), f);
            } else if (child instanceof Element c) {
                Figures cf = figures.get(c);
                if (cf != null) {
                    f.add(cf);
                }
            }
        }
        switch (e.normalName()) {
            case "a" -> {
                String href = e.attr("href");
                f.linkChars = f.chars * (href.startsWith("#") ? 0.3 : 1);
            }
            case "p" -> f.paragraphs++;
            case "img" -> f.images++;
            case "li" -> f.listItems++;
            case "input" -> f.inputs++;
            case "embed", "object", "iframe", "video" -> f.embeds++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> f.headingChars = f.chars;
            default -> {
                // no count of its own
            }
        }
        return f;
    }

    /** Characters as a reader sees them: runs of whitespace count as one. */
    static void countText(String s, Figures f) {
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && f.chars > 0) {
                    f.chars++;
                }
                space = false;
                f.chars++;
                if (c == ',' || c == '،' || c == '﹐' || c == '︐' || c == '︑' || c == '⹁' || c == '⸴' || c == '⸲'
                        || c == '，') {
                    f.commas++;
                }
            }
        }
        if (space && f.chars > 0) {
            f.chars++;
        }
    }

    Figures get(Element e) {
        Figures f = figures.get(e);
        return f == null ? NONE : f;
    }

    /** Removes an element from the tree and its figures from its ancestors'. */
    void remove(Element e) {
        Figures f = figures.get(e);
        if (f != null) {
            for (Element a = e.parent(); a != null; a = a.parent()) {
                Figures af = figures.get(a);
                if (af != null) {
                    af.subtract(f);
                }
            }
        }
        e.remove();
    }
}
