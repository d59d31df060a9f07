package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Page dumps where the article is two paragraphs and what follows it is longer: a list of related
 * articles (behind a "More from" line or with no heading at all) or a comment thread. The article is
 * the body, and nothing of what follows it. The dumps in {@code short-article/} were made up for
 * these tests.
 */
class ShortArticleTest {

    private static final TextDumpCleaner CLEANER = new TextDumpCleaner(LanguageDetector.standard(),
            BoilerplateLexicon.standard());

    private static final String LEDE = "The ferry service between Greytown and the northern islands resumed on Monday, "
            + "four days after a storm damaged the pier at Port Ellen.";
    private static final String SECOND = "Harbour officials said the first crossing left on time and that repairs to "
            + "the pier would continue through the week.";

    @ParameterizedTest
    @ValueSource(strings = {"related-after-barrier.txt", "related-without-heading.txt", "comment-thread.txt",
        "comments-says-reply.txt"})
    void theShortArticleIsTheBodyNotWhatFollowsIt(String file) throws IOException {
        CleanedArticle cleaned = CLEANER.clean(resource(file));
        List<String> body = cleaned.blocks().stream().map(Block::text).toList();
        assertThat(body).containsExactly(LEDE, SECOND);
        assertThat(cleaned.metadata().title()).isEqualTo("Ferry service to the islands resumes after storm");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ShortArticleTest.class.getResourceAsStream("short-article/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
