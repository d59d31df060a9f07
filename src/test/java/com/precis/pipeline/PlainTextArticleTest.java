package com.precis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.Article;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plain-text articles that open with their headline, through the whole pipeline: the headline is
 * the title and nothing else (not the first summary sentence, not an actor, not a speaker), and a
 * wire story's dateline place reaches the actors. The texts were made up for the tests.
 */
class PlainTextArticleTest {

    private static Precis precis;

    @BeforeAll
    static void build() {
        precis = Precis.standard();
    }

    private static Article summarize(String text) throws ArticleRejectedException {
        return precis.summarize(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "text/plain", "incoming/story.txt"));
    }

    @Test
    void aTitleCaseHeadlineWithAFullStopIsTheTitleNotASentenceNorAnActor() throws Exception {
        Article article;
        try (InputStream in = getClass().getResourceAsStream("/com/precis/clean/headline-first/plain-title-case-stop.txt")) {
            article = summarize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(article.title()).isEqualTo("Senator Lee Has A New Word For Her Rivals.");
        assertThat(article.summary()).noneMatch(s -> s.contains("New Word For Her Rivals"));
        assertThat(article.cleanText()).doesNotContain("New Word For Her Rivals");
        assertThat(article.actors()).extracting(Actor::name).noneMatch(n -> n.contains("Word") || n.contains("Rivals"));
        assertThat(article.quotes()).allSatisfy(q -> assertThat(q.speaker() == null ? "" : q.speaker().name())
                .doesNotContain("Has A New"));
    }

    @Test
    void theDatelinePlaceOfWireCopyReachesTheActors() throws Exception {
        Article article = summarize(String.join("\n",
                "SOCCER - PERU BEAT CHILE IN HOME FRIENDLY .",
                "LIMA 2025-03-14",
                "Peru beat Chile 2-1 in a friendly match on Friday , with both goals coming in the second half .",
                "The home side had been booed off at half-time after a dull first half ."));
        assertThat(article.title()).isEqualTo("SOCCER - PERU BEAT CHILE IN HOME FRIENDLY .");
        assertThat(article.publishedAt()).isEqualTo("2025-03-14");
        assertThat(article.cleanText()).startsWith("LIMA 2025-03-14\n\nPeru beat Chile 2-1");
        assertThat(article.actors()).anySatisfy(a -> {
            assertThat(a.name()).isEqualToIgnoringCase("Lima");
            assertThat(a.type()).isEqualTo(ActorType.LOCATION);
        });
        assertThat(article.summary()).noneMatch(s -> s.startsWith("LIMA"));
    }
}
