package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.text.Block;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor(BoilerplateLexicon.standard());

    private static final String P = "<p>The city council voted on Tuesday to close the old harbour bridge to cars, ending a "
            + "debate that had divided the district, its shop owners and its residents for more than a decade.</p>";
    private static final String P2 = "<p>Engineers told the council that the bridge, built in 1931, could no longer carry "
            + "the weight of modern traffic, and that repairs would cost millions, which the city does not have.</p>";

    private static final String P3 = "<p>Residents said the closure would add twenty minutes to their drive to work, and "
            + "shop owners on both banks feared they would lose the customers who used to cross the bridge on foot.</p>";

    private static String page(String article) {
        return "<html><head><title>Bridge to close | Harbour Times</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Times\"></head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Harbour Times</a><ul class=\"menu\"><li><a href=\"/news\">News</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></header>"
                + "<div class=\"main\"><article><h1>Bridge to close</h1>" + article + "</article>"
                + "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Storm hits coast in the night</a></li>"
                + "<li><a href=\"/b\">Team wins the cup after a long wait</a></li></ul></aside></div>"
                + "<div class=\"comments\"><p>First! This bridge should stay open, the council never listens to anyone.</p></div>"
                + "<footer><p>© 2024 Harbour Times. All rights reserved.</p></footer></body></html>";
    }

    private static List<String> texts(CleanedArticle a) {
        return a.blocks().stream().map(Block::text).toList();
    }

    @Test
    void theArticleIsKeptAndNavigationAsidesCommentsAndFootersAreNot() {
        CleanedArticle a = EXTRACTOR.extract(page(P + P2));
        assertThat(String.join("\n", texts(a))).contains("harbour bridge to cars", "built in 1931")
                .doesNotContain("Sport", "Storm hits", "First!", "All rights reserved");
    }

    @Test
    void theHeadlineIsMetadataNotBody() {
        CleanedArticle a = EXTRACTOR.extract(page(P + P2));
        assertThat(a.metadata().title()).isEqualTo("Bridge to close");
        assertThat(texts(a)).doesNotContain("Bridge to close");
    }

    @Test
    void headingsListsAndQuotesOfTheArticleAreKept() {
        CleanedArticle a = EXTRACTOR.extract(page(P + "<h2>What happens next</h2>" + P2
                + "<ul><li>Cyclists and walkers can still cross the bridge every day of the week.</li>"
                + "<li>Buses will take the ring road until the repairs are finished next year.</li></ul>"
                + "<blockquote><p>“We had no choice,” the mayor said at the meeting on Tuesday night.</p></blockquote>"));
        assertThat(a.blocks()).contains(Block.heading("What happens next"),
                Block.paragraph("Buses will take the ring road until the repairs are finished next year."),
                Block.paragraph("“We had no choice,” the mayor said at the meeting on Tuesday night."));
    }

    @Test
    void shareBarsCaptionsNewslettersAndAdLabelsInsideTheArticleAreDropped() {
        CleanedArticle a = EXTRACTOR.extract(page(P
                + "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>"
                + "<figure><img src=\"b.jpg\"><figcaption>The bridge at dawn. Photo: Jane Roe</figcaption></figure>"
                + "<p>Advertisement</p>" + P2 + "<p>Related: <a href=\"/x\">Council approves the budget</a></p>" + P3
                + "<div class=\"newsletter-signup\"><p>Sign up for our morning newsletter</p><input type=\"email\"></div>"));
        assertThat(String.join("\n", texts(a))).contains("built in 1931")
                .doesNotContain("Tweet", "Photo: Jane Roe", "Advertisement", "morning newsletter", "approves the budget");
    }

    @Test
    void aListOfLinksInsideTheArticleIsDroppedAndADataTableKept() {
        CleanedArticle a = EXTRACTOR.extract(page(P + "<ul><li><a href=\"/1\">Bridge history in pictures</a></li>"
                + "<li><a href=\"/2\">Map of the new bus routes</a></li><li><a href=\"/3\">All our council coverage</a></li></ul>"
                + P2 + P3 + "<table><thead><tr><th>Year</th><th>Cars a day</th></tr></thead>"
                + "<tr><td>1990</td><td>12,000</td></tr><tr><td>2020</td><td>31,000</td></tr></table>"));
        assertThat(texts(a)).doesNotContain("Map of the new bus routes").contains("Year | Cars a day", "2020 | 31,000");
    }

    @Test
    void theBylineElementGivesTheAuthorsWhenTheMetadataDoesNot() {
        CleanedArticle a = EXTRACTOR.extract(page("<p class=\"byline\">By Jane Roe and John Doe</p>" + P + P2 + P3));
        assertThat(a.metadata().authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(texts(a)).noneMatch(t -> t.contains("Jane Roe"));
    }

    @Test
    void aFrenchNewsPageOfTheCorpus() throws IOException {
        CleanedArticle a = EXTRACTOR.extract(resource("pages/lemonde-1.html"));
        String text = String.join("\n", texts(a));
        assertThat(text).startsWith("Les députés ont, sans surprise, adopté à une large majorité")
                .contains("Ces lanceurs d’alerte pourraient");
        assertThat(a.metadata().title()).isEqualTo("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée");
        assertThat(a.metadata().language()).isEqualTo("fr");
        assertThat(a.metadata().publisher()).isEqualTo("Le Monde.fr");
    }

    @Test
    void anEnglishNewsPageOfTheCorpus() throws IOException {
        CleanedArticle a = EXTRACTOR.extract(resource("pages/ars-1.html"));
        String text = String.join("\n", texts(a));
        assertThat(text).contains("Ars is asking Mojang for comment and will update this post if company officials respond.");
        assertThat(a.metadata().title()).isEqualTo("Just-released Minecraft exploit makes it easy to crash game servers");
        assertThat(a.metadata().authors()).contains("Dan Goodin");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
