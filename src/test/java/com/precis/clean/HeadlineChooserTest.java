package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlineChooserTest {

    @Test
    void theDeclaredTitleThatIsAlsoTheTopHeadingWins() {
        var doc = Jsoup.parse("<title>How to watch the best films - Vox</title><h1>The 21 best movies of 2017</h1>");
        assertThat(HeadlineChooser.choose(doc, "Vox", "How to watch the best films", "The 21 best movies of 2017"))
                .isEqualTo("The 21 best movies of 2017");
    }

    @Test
    void aSiteNameAtTheEndIsDropped() {
        var doc = Jsoup.parse("<title>x</title>");
        assertThat(HeadlineChooser.choose(doc, "Spiceworks", "Vidyard Introduces New Features - Spiceworks"))
                .isEqualTo("Vidyard Introduces New Features");
        assertThat(HeadlineChooser.withoutSiteName("West Ham hrozí gigantům | Aktuálně.cz", null))
                .isEqualTo("West Ham hrozí gigantům");
        assertThat(HeadlineChooser.withoutSiteName("Brexit: what happens next", "BBC News"))
                .isEqualTo("Brexit: what happens next");
    }

    @Test
    void aHeadingThatStartsTheTitleElementIsTheHeadline() {
        var doc = Jsoup.parse("<title>On Recent Events - Bradley M. Kuhn ( Brad )</title><h1>On Recent Events</h1>");
        assertThat(HeadlineChooser.choose(doc, null)).isEqualTo("On Recent Events");
    }
}
