package com.precis.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import org.junit.jupiter.api.Test;

/** The pipeline built on the warm-up thread is the one configured, and a failed warm-up only costs warmth. */
class PipelineWarmupTest {

    @Test
    void thePipelineBuiltInTheBackgroundKeepsTheConfiguredLimitAndWorks() throws Exception {
        Precis precis = PipelineWarmup.start(1_000_000).pipeline();
        assertThat(precis.maxInputBytes()).isEqualTo(1_000_000);
        byte[] article = PipelineWarmup.builtIn("priming-article.txt");
        assertThat(precis.summarize(new ArticleInput(article, null, "a.txt")).quotes()).isNotEmpty();
    }

    @Test
    void aWarmUpArticleOverTheLimitDoesNotStopThePipelineFromBeingBuilt() {
        // Both built-in articles are far above 100 bytes: warming is rejected, building is not.
        Precis precis = PipelineWarmup.start(100).pipeline();
        assertThat(precis.maxInputBytes()).isEqualTo(100);
    }
}
