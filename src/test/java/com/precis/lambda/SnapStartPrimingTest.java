package com.precis.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Priming runs the real handler path on the built-in articles without any network. */
class SnapStartPrimingTest {

    @Test
    void everyBuiltInArticleGoesThroughTheWholeHandlerPathAndIsStored() {
        // Two articles (HTML and text dump), two rounds each; the clients answer from memory.
        assertThat(SnapStartPriming.prime(2)).isEqualTo(4);
    }

    @Test
    void theBuiltInArticlesAreArticlesWithQuotesAndActors() throws Exception {
        Precis precis = Precis.standard();
        for (String name : new String[] {"priming-article.html", "priming-article.txt"}) {
            byte[] bytes = PipelineWarmup.builtIn(name);
            var article = precis.summarize(new ArticleInput(bytes, null, name));
            assertThat(article.cleanText()).as(name).contains("tidal barrier");
            assertThat(article.quotes()).as(name).isNotEmpty();
            assertThat(article.actors()).as(name).isNotEmpty();
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).doesNotContain("\uFFFD");
        }
    }
}
