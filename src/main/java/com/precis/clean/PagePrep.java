package com.precis.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Prepares a page's body for scoring, in one walk from the top: drops what is never article
 * (scripts, hidden elements, menus and sidebars by their class, id or role, the byline and the
 * headline, empty containers), turns DIVs that are really paragraphs into P, wraps loose text of
 * mixed DIVs into P, and lists the elements whose text is scored.
 */
final class PagePrep {

    private static final Evaluator NEVER_CONTENT = QueryParser.parse("script, style, noscript, template, link, meta, svg, canvas, "
            + "iframe, object, embed, input, select, textarea, button, nav, aside, footer, dialog, "
            + "[role=navigation], [role=contentinfo], [aria-modal=true]");
    /** Elements that make a DIV more than a paragraph. */
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table",
            "ul", "figure", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "big", "tt");
    /** Subtrees larger than this are never a byline, a headline or a one-paragraph DIV: no need to read their text. */
    private static final int SMALL_SUBTREE = 200;
    private static final Subtree EMPTY = new Subtree();
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");

    /** What the walk found besides the elements to score. */
    record Result(List<Element> toScore, String byline) {
    }

    private PagePrep() {
    }

    static Result prepare(Element body, String title, boolean stripUnlikely) {
        body.select(NEVER_CONTENT).remove();
        Map<Element, Subtree> facts = subtrees(body);
        List<Element> toScore = new ArrayList<>();
        String byline = null;
        boolean titleHeaderSeen = false;
        Element node = body;
        while (node != null) {
            String tag = node.normalName();
            if (node != body) {
                String cls = node.className();
                String id = node.id();
                if (isHidden(node)) {
                    node = removeAndNext(node, body);
                    continue;
                }
                Subtree f = facts.getOrDefault(node, EMPTY);
                if (byline == null && f.size <= SMALL_SUBTREE && isByline(node, cls, id)) {
                    byline = node.text().strip();
                    node = removeAndNext(node, body);
                    continue;
                }
                if (!titleHeaderSeen && (tag.equals("h1") || tag.equals("h2")) && f.size <= SMALL_SUBTREE
                        && TitleSimilarity.of(title, node.text()) > 0.75) {
                    titleHeaderSeen = true;
                    node = removeAndNext(node, body);
                    continue;
                }
                if (stripUnlikely && isUnlikely(node, tag, cls, id, f.inTableOrCode)) {
                    node = removeAndNext(node, body);
                    continue;
                }
                if (isEmptyContainer(node, tag, f)) {
                    node = removeAndNext(node, body);
                    continue;
                }
            }
            if (SCORED.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                Subtree f = facts.getOrDefault(node, EMPTY);
                if (f.hasBlock) {
                    wrapPhrasing(node);
                }
                Element only = f.size <= SMALL_SUBTREE ? singleParagraphChild(node) : null;
                if (only != null) {
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!f.hasBlock) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false, body);
        }
        return new Result(toScore, byline);
    }

    /** What the walk needs to know of an element's subtree, computed once from the leaves up. */
    private static final class Subtree {
        boolean hasBlock;
        boolean hasText;
        int size;
        boolean inTableOrCode;
    }

    /**
     * Facts of every element's subtree in one pass from the leaves up, and whether it sits in a table
     * or code in one pass down, so that no check walks a subtree or the ancestors again: pages nested
     * thousands deep stay linear.
     */
    private static Map<Element, Subtree> subtrees(Element body) {
        Map<Element, Subtree> facts = new IdentityHashMap<>();
        List<Element> all = body.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            Subtree f = new Subtree();
            f.size = 1;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t && !t.isBlank()) {
                    f.hasText = true;
                } else if (n instanceof Element c) {
                    Subtree cf = facts.get(c);
                    f.hasBlock |= DIV_TO_P.contains(c.normalName()) || cf.hasBlock;
                    f.hasText |= cf.hasText;
                    f.size += cf.size;
                }
            }
            facts.put(e, f);
        }
        for (Element e : all) {
            Element parent = e.parent();
            Subtree pf = parent == null ? null : facts.get(parent);
            String pt = parent == null ? "" : parent.normalName();
            facts.get(e).inTableOrCode = pf != null && (pf.inTableOrCode || pt.equals("table") || pt.equals("code"));
        }
        return facts;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean isByline(Element e, String cls, String id) {
        boolean marked = "author".equals(e.attr("rel")) || e.attr("itemprop").contains("author")
                || ClassHints.BYLINE.foundIn(cls, id);
        if (!marked) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && text.length() < 100;
    }

    private static boolean isUnlikely(Element e, String tag, String cls, String id, boolean inTableOrCode) {
        if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ClassHints.UNLIKELY_ROLES.contains(role)) {
            return true;
        }
        return ClassHints.UNLIKELY.foundIn(cls, id) && !ClassHints.MAYBE_CANDIDATE.foundIn(cls, id)
                && !inTableOrCode;
    }

    private static boolean isEmptyContainer(Element e, String tag, Subtree f) {
        if (!(tag.equals("div") || tag.equals("section") || tag.equals("header") || tag.length() == 2
                && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)))) {
            return false;
        }
        for (Element c : e.children()) {
            if (!c.normalName().equals("br") && !c.normalName().equals("hr")) {
                return false;
            }
        }
        return !f.hasText;
    }

    /** A DIV holding one P and no text of its own is that paragraph. */
    private static Element singleParagraphChild(Element div) {
        if (div.childrenSize() != 1 || !div.child(0).normalName().equals("p")) {
            return null;
        }
        for (Node n : div.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
        }
        Element p = div.child(0);
        int chars = 0;
        int linkChars = 0;
        String text = p.text();
        chars = text.length();
        for (Element a : p.getElementsByTag("a")) {
            linkChars += a.text().length();
        }
        return chars == 0 || (double) linkChars / chars < 0.25 ? p : null;
    }

    /** Runs of loose text and inline elements inside a DIV that also holds blocks become paragraphs. */
    private static void wrapPhrasing(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!isWhitespace(child)) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                trimTrailingWhitespace(p);
                p = null;
            }
        }
        if (p != null) {
            trimTrailingWhitespace(p);
        }
    }

    private static void trimTrailingWhitespace(Element p) {
        while (p.childNodeSize() > 0 && isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    private static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Node c : e.childNodes()) {
                if (!isPhrasing(c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isWhitespace(Node n) {
        return n instanceof TextNode t && t.isBlank() || n instanceof Element e && e.normalName().equals("br");
    }

    private static Element removeAndNext(Element e, Element root) {
        Element next = next(e, true, root);
        e.remove();
        return next;
    }

    /** The next element in document order, skipping e's subtree when asked. */
    static Element next(Element e, boolean skipChildren, Element root) {
        if (!skipChildren && e.childrenSize() > 0) {
            return e.child(0);
        }
        for (Element n = e; n != null && n != root; n = n.parent()) {
            Element sibling = n.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
