package com.precis.report;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, and a
 * Content-Security-Policy that forbids every fetch, so opening it never touches the network.
 * Everything that comes from articles is escaped ({@link Html}); links to articles are kept only
 * when they are plain http(s).
 */
public final class HtmlReport {

    private static final Map<ActorType, String> TYPE_TITLES = Map.of(ActorType.PERSON, "People",
            ActorType.ORGANIZATION, "Organisations", ActorType.GOVERNMENT, "Governments", ActorType.LOCATION, "Places");
    private static final Map<ActorType, String> TYPE_COLOURS = Map.of(ActorType.PERSON, "#2563eb",
            ActorType.ORGANIZATION, "#0f766e", ActorType.GOVERNMENT, "#b45309", ActorType.LOCATION, "#7c3aed");
    private static final String SPEAKER_COLOUR = "#be123c";
    private static final int CHART_WIDTH = 600;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_SPACE = 300;
    private static final int ROW_HEIGHT = 26;

    private HtmlReport() {
    }

    /**
     * @param title        the page's heading
     * @param provenance   where the articles came from and when the page was made, for the header
     * @param maxArticles  how many articles to list in full (the newest); the counts cover all
     */
    public static String render(ReportData data, String title, String provenance, int maxArticles) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        header(html, data, provenance);
        html.append("</header>\n<main>\n");
        if (data.articles().isEmpty()) {
            html.append("<p class=\"empty\">No summarised articles to show.</p>\n");
        } else {
            speakers(html, data);
            actors(html, data);
            matrix(html, data.matrix());
            articles(html, data, maxArticles);
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, ReportData data, String provenance) {
        html.append("<p class=\"meta\"><span id=\"article-count\">").append(data.articles().size())
                .append("</span> articles · <span id=\"quote-count\">").append(data.quotes()).append("</span> quotes");
        if (!data.articles().isEmpty()) {
            String newest = data.articles().get(0).date();
            String oldest = data.articles().get(data.articles().size() - 1).date();
            html.append(" · ").append(day(oldest)).append(oldest.substring(0, 10).equals(newest.substring(0, 10))
                    ? "" : " to " + day(newest));
        }
        html.append("</p>\n<p class=\"meta\">").append(Html.escape(provenance)).append("</p>\n")
                .append("<nav><a href=\"#speakers\">Speakers</a> <a href=\"#actors\">Actors</a> ")
                .append("<a href=\"#matrix\">Who talks about whom</a> <a href=\"#articles\">Articles</a></nav>\n");
    }

    private static void speakers(StringBuilder html, ReportData data) {
        html.append("<section id=\"speakers\">\n<h2>Most-quoted speakers</h2>\n");
        if (data.speakers().isEmpty()) {
            html.append("<p class=\"empty\">No quote has a named speaker.</p>\n");
        } else {
            bars(html, data.speakers(), SPEAKER_COLOUR, "speakers", true);
        }
        html.append("</section>\n");
    }

    private static void actors(StringBuilder html, ReportData data) {
        html.append("<section id=\"actors\">\n<h2>Most-mentioned actors</h2>\n<div class=\"grid\">\n");
        for (ActorType type : ActorType.values()) {
            List<ReportData.Count> counts = data.actors().getOrDefault(type, List.of());
            html.append("<figure class=\"actors\" data-type=\"").append(type.name().toLowerCase(Locale.ROOT))
                    .append("\">\n<figcaption>").append(TYPE_TITLES.get(type)).append(" <small>(articles mentioning)</small></figcaption>\n");
            if (counts.isEmpty()) {
                html.append("<p class=\"empty\">None.</p>\n");
            } else {
                bars(html, counts, TYPE_COLOURS.get(type), type.name().toLowerCase(Locale.ROOT), false);
            }
            html.append("</figure>\n");
        }
        html.append("</div>\n</section>\n");
    }

    /** A horizontal bar chart: quotes per speaker, or articles per actor (with total mentions in the tooltip). */
    private static void bars(StringBuilder html, List<ReportData.Count> counts, String colour, String id, boolean quotes) {
        int max = counts.stream().mapToInt(c -> quotes ? c.count() : c.articles()).max().orElse(1);
        int height = counts.size() * ROW_HEIGHT + 4;
        html.append("<svg class=\"bars\" id=\"bars-").append(id).append("\" viewBox=\"0 0 ").append(CHART_WIDTH)
                .append(' ').append(height).append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(id)).append("\">\n");
        for (int i = 0; i < counts.size(); i++) {
            ReportData.Count c = counts.get(i);
            int value = quotes ? c.count() : c.articles();
            int width = Math.max(2, Math.round((float) value / max * BAR_SPACE));
            int y = i * ROW_HEIGHT;
            String detail = quotes
                    ? c.name() + ": " + plural(c.count(), "quote") + " in " + plural(c.articles(), "article")
                    : c.name() + ": " + plural(c.articles(), "article") + ", " + plural(c.count(), "mention");
            html.append("<g class=\"bar\" data-name=\"").append(Html.escape(c.name())).append("\" data-value=\"")
                    .append(value).append("\"><title>").append(Html.escape(detail)).append("</title>")
                    .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 18)
                    .append("\" text-anchor=\"end\">").append(Html.escape(shorten(c.name(), 26))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(width).append("\" height=\"18\" rx=\"3\" fill=\"").append(colour).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(LABEL_WIDTH + width + 6).append("\" y=\"").append(y + 18)
                    .append("\">").append(value).append("</text></g>\n");
        }
        html.append("</svg>\n");
    }

    private static void matrix(StringBuilder html, ReportData.Matrix matrix) {
        html.append("<section id=\"matrix\">\n<h2>Who talks about whom</h2>\n");
        if (matrix.speakers().isEmpty() || matrix.actors().isEmpty()) {
            html.append("<p class=\"empty\">Not enough named speakers and actors for a matrix.</p>\n</section>\n");
            return;
        }
        int max = 1;
        for (int[] row : matrix.cells()) {
            for (int cell : row) {
                max = Math.max(max, cell);
            }
        }
        html.append("<div class=\"scroll\"><table class=\"matrix\">\n<caption>Quotes by each speaker (rows) in articles")
                .append(" that mention each actor (columns); the most-quoted speakers and the most-mentioned actors.</caption>\n")
                .append("<thead><tr><th scope=\"col\" class=\"corner\">speaker \\ actor</th>");
        for (ReportData.Count actor : matrix.actors()) {
            html.append("<th scope=\"col\" class=\"actor\" data-actor=\"").append(Html.escape(actor.name())).append("\"><span>")
                    .append(Html.escape(shorten(actor.name(), 24))).append("</span></th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int s = 0; s < matrix.speakers().size(); s++) {
            ReportData.Count speaker = matrix.speakers().get(s);
            html.append("<tr><th scope=\"row\" data-speaker=\"").append(Html.escape(speaker.name())).append("\">")
                    .append(Html.escape(shorten(speaker.name(), 30))).append("</th>");
            for (int a = 0; a < matrix.actors().size(); a++) {
                int count = matrix.cells()[s][a];
                String names = " data-speaker=\"" + Html.escape(speaker.name()) + "\" data-actor=\""
                        + Html.escape(matrix.actors().get(a).name()) + "\"";
                if (count < 0) {
                    html.append("<td class=\"self\"").append(names).append(" data-count=\"-\">·</td>");
                } else if (count == 0) {
                    html.append("<td").append(names).append(" data-count=\"0\"></td>");
                } else {
                    double alpha = 0.15 + 0.85 * count / max;
                    html.append("<td").append(names).append(" data-count=\"").append(count)
                            .append("\" style=\"background:rgba(37,99,235,").append(String.format(Locale.ROOT, "%.2f", alpha))
                            .append(");color:").append(alpha > 0.55 ? "#fff" : "#111").append("\" title=\"")
                            .append(Html.escape(speaker.name() + " × " + matrix.actors().get(a).name() + ": "
                                    + plural(count, "quote"))).append("\">").append(count).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n</section>\n");
    }

    private static void articles(StringBuilder html, ReportData data, int maxArticles) {
        List<ReportData.Dated> articles = data.articles();
        int shown = Math.min(maxArticles, articles.size());
        html.append("<section id=\"articles\">\n<h2>Articles</h2>\n");
        if (shown < articles.size()) {
            html.append("<p class=\"meta\">The ").append(shown).append(" newest of ").append(articles.size()).append(".</p>\n");
        }
        for (int i = 0; i < shown; i++) {
            article(html, articles.get(i), i + 1);
        }
        html.append("</section>\n");
    }

    private static void article(StringBuilder html, ReportData.Dated dated, int number) {
        ArticleDocument doc = dated.document();
        String title = doc.title() != null && !doc.title().isBlank() ? doc.title() : doc.articleId();
        String url = Html.safeUrl(doc.source() == null ? null : doc.source().url());
        html.append("<article class=\"story\" id=\"article-").append(number).append("\">\n<h3>");
        if (url != null) {
            html.append("<a href=\"").append(Html.escape(url)).append("\" rel=\"noopener noreferrer nofollow\">")
                    .append(Html.escape(title)).append("</a>");
        } else {
            html.append(Html.escape(title));
        }
        html.append("</h3>\n<p class=\"meta\"><time datetime=\"").append(Html.escape(dated.date())).append("\">")
                .append(day(dated.date())).append(dated.published() ? "" : " (processed; no date on the page)").append("</time>");
        if (doc.publisher() != null) {
            html.append(" · ").append(Html.escape(doc.publisher()));
        }
        if (!doc.authors().isEmpty()) {
            html.append(" · ").append(Html.escape(String.join(", ", doc.authors())));
        }
        html.append("</p>\n");
        if (!doc.summary().isEmpty()) {
            html.append("<p class=\"summary\">").append(Html.escape(String.join(" ", doc.summary()))).append("</p>\n");
        }
        if (!doc.quotes().isEmpty()) {
            html.append("<ul class=\"quotes\">\n");
            for (Quote quote : doc.quotes()) {
                String speaker = quote.speaker() == null ? "unattributed" : quote.speaker().name();
                html.append("<li><q>").append(Html.escape(quote.text())).append("</q> <span class=\"who")
                        .append(quote.anonymous() || quote.speaker() == null ? " anonymous" : "").append("\">— ")
                        .append(Html.escape(speaker)).append("</span></li>\n");
            }
            html.append("</ul>\n");
        }
        List<Actor> actors = doc.actors().stream().sorted(Comparator.comparingDouble(Actor::salience).reversed())
                .limit(10).toList();
        if (!actors.isEmpty()) {
            html.append("<p class=\"chips\">");
            for (Actor actor : actors) {
                String type = actor.type() == null ? "other" : actor.type().name().toLowerCase(Locale.ROOT);
                html.append("<span class=\"chip ").append(type).append("\">").append(Html.escape(actor.name())).append("</span> ");
            }
            html.append("</p>\n");
        }
        html.append("</article>\n");
    }

    /** 2025-08-21 from a date key. */
    private static String day(String key) {
        return Html.escape(key.length() >= 10 ? key.substring(0, 10) : key);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    private static final String CSS = """
            :root{color-scheme:light;--ink:#111827;--muted:#6b7280;--line:#e5e7eb;--bg:#f9fafb}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
            header,main{max-width:1180px;margin:0 auto;padding:0 24px}
            header{padding-top:28px;padding-bottom:8px;border-bottom:1px solid var(--line)}
            h1{margin:0 0 4px;font-size:28px}
            h2{font-size:20px;margin:32px 0 12px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
            h3{font-size:17px;margin:0 0 4px}
            .meta{color:var(--muted);margin:2px 0;font-size:13px}
            nav a{margin-right:14px;font-size:14px}
            a{color:#1d4ed8}
            .empty{color:var(--muted);font-style:italic}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(540px,1fr));gap:8px 24px}
            figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
            figcaption{font-weight:600;margin-bottom:6px}
            figcaption small{font-weight:400;color:var(--muted)}
            svg.bars{display:block;max-width:100%;height:auto;font-size:13px}
            svg.bars .label{fill:var(--ink)}
            svg.bars .value{fill:var(--muted)}
            .scroll{overflow-x:auto}
            table.matrix{border-collapse:collapse;background:#fff;font-size:13px}
            table.matrix caption{caption-side:bottom;text-align:left;color:var(--muted);padding-top:6px}
            table.matrix th,table.matrix td{border:1px solid var(--line);padding:4px 6px;text-align:center;min-width:34px}
            table.matrix th[scope=row]{text-align:right;white-space:nowrap;font-weight:600}
            table.matrix th.actor{vertical-align:bottom;height:150px;padding:6px 2px}
            table.matrix th.actor span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:600}
            table.matrix td.self{color:var(--muted);background:#f3f4f6}
            article.story{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:0 0 12px}
            .summary{margin:6px 0}
            ul.quotes{margin:6px 0;padding-left:18px}
            ul.quotes li{margin:3px 0}
            q{font-style:italic}
            .who{color:var(--muted);white-space:nowrap}
            .chips{margin:8px 0 0}
            .chip{display:inline-block;font-size:12px;padding:1px 8px;border-radius:10px;margin:2px 2px 0 0;background:#eef2ff;color:#1e3a8a}
            .chip.organization{background:#ccfbf1;color:#134e4a}
            .chip.government{background:#fef3c7;color:#78350f}
            .chip.location{background:#ede9fe;color:#4c1d95}
            """;
}
