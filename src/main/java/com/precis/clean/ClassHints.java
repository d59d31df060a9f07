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
    static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental"
                    + "|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie-|cookies"
                    + "|outbrain|taboola|recirc|most-?popular|signup|sign-up");
    /** ...unless their hints also say they may hold the article. */
    static final Pattern MAYBE_CANDIDATE = Pattern.compile("(?i)and|article|body|column|content|main|mathjax|shadow");
    static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
    static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
                    + "|newsletter|taboola|recirc");
    static final Pattern BYLINE = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
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
            if (NEGATIVE.matcher(cls).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }
}
