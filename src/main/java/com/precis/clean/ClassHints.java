package com.precis.clean;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. These are markup conventions shared by
 * millions of pages (the same families Readability and boilerpipe rely on), not any one site's names.
 */
final class ClassHints {

    /** Containers that are almost never the article: menus, comments, sidebars, footers, share bars. */
    static final HintWords UNLIKELY = new HintWords("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie-", "cookies",
            "outbrain", "taboola", "recirc", "mostpopular", "most-popular", "signup", "sign-up");
    /** ...unless their hints also say they may hold the article. */
    static final HintWords MAYBE_CANDIDATE = new HintWords("and", "article", "body", "column", "content", "main",
            "mathjax", "shadow");
    static final HintWords POSITIVE = new HintWords("article", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "pagination", "post", "text", "blog", "story", "prose");
    /** " hid " is the class or id word "hid" alone; the other fragments match anywhere. */
    static final HintWords NEGATIVE = new HintWords("-ad-", "hidden", " hid ", "banner", "combx", "comment", "com-",
            "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
            "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter", "taboola",
            "recirc");
    static final HintWords BYLINE = new HintWords("byline", "author", "dateline", "writtenby", "p-author");
    static final Pattern SHARE = Pattern.compile("(?i)(\\b|_)(share|sharedaddy|social|sharing)(\\b|_)");
    static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");

    private ClassHints() {
    }

    static String of(Element e) {
        return e.className() + " " + e.id();
    }

    /** +25 for an article-like class or id, -25 for a boilerplate-like one, each counted once. */
    static int weight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.foundIn(cls)) {
                w -= 25;
            }
            if (POSITIVE.foundIn(cls)) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.foundIn(id)) {
                w -= 25;
            }
            if (POSITIVE.foundIn(id)) {
                w += 25;
            }
        }
        return w;
    }
}
