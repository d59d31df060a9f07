package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** One walk finds what the equivalent selectors would, in page order. */
class MetadataSourcesTest {

    private static final String PAGE = "<html lang='fr-FR'><head>"
            + "<meta property='og:title' content='T'><meta name='author' content='Anna Berg'>"
            + "<script type=' Application/LD+JSON '>{}</script><script type='text/javascript'>var a;</script>"
            + "<link rel='stylesheet' href='/s.css'><link rel='Canonical' href='https://news.example/a'>"
            + "<link rel='canonical' href='https://news.example/b'></head><body>"
            + "<span class='authored-by'>not a byline class</span>"
            + "<a rel='author' href='/anna'>Anna Berg</a><p class='Byline-Name x'>By Anna Berg</p>"
            + "<div itemprop=' author '>Anna</div><span class='author-bio'>no</span>"
            + "<time>no datetime</time><time datetime='2025-08-21'>21 August</time><time datetime='2024-01-01'></time>"
            + "</body></html>";

    @Test
    void metaScriptsLinkTimeAndLanguageAreFoundInOneWalk() {
        MetadataSources s = MetadataSources.of(Jsoup.parse(PAGE));
        assertThat(s.metas()).hasSize(2);
        assertThat(s.jsonLd()).hasSize(1);
        assertThat(s.canonical().attr("href")).isEqualTo("https://news.example/a");
        assertThat(s.time().attr("datetime")).isEqualTo("2025-08-21");
        assertThat(s.lang()).isEqualTo("fr-FR");
    }

    @Test
    void bylinesAreTheElementsTheBylineSelectorsWouldMatchInPageOrder() {
        MetadataSources s = MetadataSources.of(Jsoup.parse(PAGE));
        assertThat(s.bylines()).extracting(Element::text).containsExactly("Anna Berg", "By Anna Berg", "Anna");
    }
}
