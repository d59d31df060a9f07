package com.precis.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article and the siblings that belong with it. Every scored
 * paragraph gives its parent, grand-parent and further ancestors points for its length and commas;
 * containers then lose the share of their text that is link text. The best container wins, moved up
 * when its parent holds as much, and joined by siblings that score nearly as well or are plain
 * paragraphs of prose.
 */
final class ArticleFinder {

    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_ALTERNATIVES = 3;

    private final NodeStats stats;
    private final boolean weightClasses;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ArticleFinder(NodeStats stats, boolean weightClasses) {
        this.stats = stats;
        this.weightClasses = weightClasses;
    }

    /** The content score of an element that some paragraph scored, else 0. */
    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    /** The elements that make the article, in page order; the body alone when nothing scored. */
    List<Element> find(Element body, List<Element> toScore) {
        for (Element p : toScore) {
            if (p.parent() == null) {
                continue; // removed since it was listed
            }
            NodeStats.Figures f = stats.get(p);
            if (f.chars < 25) {
                continue;
            }
            double points = 1 + (f.commas + 1) + Math.min(Math.floor(f.chars / 100.0), 3);
            int level = 0;
            for (Element a = p.parent(); a != null && !(a.parent() instanceof Document) && a.parent() != null && level < 5;
                    a = a.parent(), level++) {
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a));
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, points / divider, Double::sum);
            }
        }
        List<Element> top = new ArrayList<>();
        List<Double> topScores = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.get(e.getKey()).linkDensity());
            e.setValue(s);
            int at = 0;
            while (at < top.size() && topScores.get(at) >= s) {
                at++;
            }
            if (at < TOP_CANDIDATES) {
                top.add(at, e.getKey());
                topScores.add(at, s);
                if (top.size() > TOP_CANDIDATES) {
                    top.remove(TOP_CANDIDATES);
                    topScores.remove(TOP_CANDIDATES);
                }
            }
        }
        if (top.isEmpty() || top.get(0) == body || top.get(0).normalName().equals("html")) {
            return List.of(body);
        }
        Element best = moveUp(top, topScores, body);
        return withSiblings(best);
    }

    private Element moveUp(List<Element> top, List<Double> topScores, Element body) {
        Element best = top.get(0);
        double bestScore = topScores.get(0);
        // Several near-best candidates under one ancestor: the article is that ancestor.
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (topScores.get(i) / bestScore >= 0.75) {
                alternatives.add(ancestors(top.get(i)));
            }
        }
        if (alternatives.size() >= MIN_ALTERNATIVES) {
            for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (List<Element> anc : alternatives) {
                    if (containsIdentity(anc, parent)) {
                        containing++;
                    }
                }
                if (containing >= MIN_ALTERNATIVES) {
                    best = parent;
                    break;
                }
            }
        }
        if (!scores.containsKey(best)) {
            scores.put(best, initialScore(best));
        }
        // A parent that scores more than the candidate holds more of the article.
        double last = scores.get(best);
        double threshold = last / 3;
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double ps = scores.get(parent);
            if (ps == null) {
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                best = parent;
                break;
            }
            last = ps;
        }
        // The only child of its parent: the parent is the same container.
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        if (!scores.containsKey(best)) {
            scores.put(best, initialScore(best));
        }
        return best;
    }

    private List<Element> withSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double bestScore = scores.get(best);
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> article = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                article.add(sibling);
                continue;
            }
            double bonus = 0;
            if (!best.className().isEmpty() && sibling.className().equals(best.className())) {
                bonus += bestScore * 0.2;
            }
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                article.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                NodeStats.Figures f = stats.get(sibling);
                double density = f.linkDensity();
                if (f.chars > 80 && density < 0.25
                        || f.chars > 0 && f.chars <= 80 && density == 0 && endsSentence(sibling.text())) {
                    article.add(sibling);
                }
            }
        }
        return article;
    }

    private static boolean endsSentence(String text) {
        int dot = text.indexOf('.');
        while (dot >= 0) {
            if (dot == text.length() - 1 || text.charAt(dot + 1) == ' ') {
                return true;
            }
            dot = text.indexOf('.', dot + 1);
        }
        return false;
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + (weightClasses ? ClassHints.weight(e) : 0);
    }

    int classWeight(Element e) {
        return weightClasses ? ClassHints.weight(e) : 0;
    }

    private static List<Element> ancestors(Element e) {
        List<Element> list = new ArrayList<>();
        for (Element a = e.parent(); a != null; a = a.parent()) {
            list.add(a);
        }
        return list;
    }

    private static boolean containsIdentity(List<Element> list, Element e) {
        for (Element x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }
}
