package com.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page as markup: everything from articles escaped, nothing that fetches or runs. */
class HtmlReportTest {

    static final String PAGE = HtmlReport.render(ReportData.of(ReportFixtures.documents()), "Week <7>", "From a test.", 300);

    @Test
    void textFromArticlesIsEscapedEverywhere() {
        assertThat(PAGE).doesNotContain("<script").doesNotContain("<img").doesNotContain("</q><img")
                .doesNotContain("javascript:").contains("&lt;script&gt;").contains("O&#39;Hara &quot;Docks&quot; Ltd")
                .contains("Week &lt;7&gt;").contains("&lt;loudly&gt;");
        Document dom = Jsoup.parse(PAGE);
        assertThat(dom.select("script, img, iframe, object, embed, link, base")).isEmpty();
        assertThat(dom.select("article h3").eachText()).contains(ReportFixtures.HOSTILE_TITLE);
        assertThat(dom.select("q").eachText()).contains(ReportFixtures.HOSTILE_QUOTE);
        assertThat(dom.select("th[data-actor]").eachAttr("data-actor")).contains(ReportFixtures.QUOTED_ACTOR);
    }

    @Test
    void thePageFetchesNothingAndLinksOnlyToWebAddresses() {
        Document dom = Jsoup.parse(PAGE);
        assertThat(dom.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(dom.select("[src]")).isEmpty();
        assertThat(PAGE).doesNotContain("url(").doesNotContain("@import");
        assertThat(dom.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#") || h.startsWith("https://"))
                .contains("https://harbour.example/b");
    }

    @Test
    void onlyTheNewestArticlesAreListedWhenThereAreMore() {
        Document dom = Jsoup.parse(HtmlReport.render(ReportData.of(ReportFixtures.documents()), "t", "p", 2));
        assertThat(dom.select("article.story")).hasSize(2);
        assertThat(dom.select("#articles .meta").first().text()).isEqualTo("The 2 newest of 3.");
        assertThat(dom.select("#article-count").text()).isEqualTo("3");
    }
}
