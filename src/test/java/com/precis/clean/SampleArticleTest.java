package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.text.ArticleText;
import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first customer document, against what a person reading it wrote down (the brief's gold):
 * where the body starts and ends, its three headings, the metadata, and every piece of boilerplate
 * that must not be in it.
 */
class SampleArticleTest {

    private static CleanedArticle cleaned;
    private static String cleanText;

    @BeforeAll
    static void clean() throws Exception {
        byte[] bytes;
        try (InputStream in = SampleArticleTest.class.getResourceAsStream("nvidia-h20-scraped.txt")) {
            bytes = in.readAllBytes();
        }
        cleaned = ArticleCleaner.standard(LanguageDetector.standard()).clean(bytes, null, "nvidia-h20-scraped.txt");
        StringBuilder s = new StringBuilder();
        for (Block b : cleaned.blocks()) {
            s.append(s.length() > 0 ? ArticleText.BLOCK_SEPARATOR : "").append(b.text());
        }
        cleanText = s.toString();
    }

    @Test
    void bodyRunsFromTheFirstToTheLastSentenceOfTheArticle() {
        assertThat(cleanText).startsWith("Beijing has moved to curb the sale of Nvidia’s H20 artificial-intelligence chip");
        assertThat(cleanText).endsWith("Containment and suppression will not hold back China’s development.”");
    }

    @Test
    void theThreeSectionHeadingsAreKeptAsHeadings() {
        List<String> headings = cleaned.blocks().stream().filter(Block::heading).map(Block::text).toList();
        assertThat(headings).containsExactly(
                "Nvidia still has appeal in China",
                "CAC asked companies to abandon Nvidia’s H20 chips following Lutnick’s comments",
                "Some Chinese firms have delayed H20 orders");
    }

    @Test
    void everyParagraphOfTheArticleIsThereOnce() {
        assertThat(cleaned.blocks()).hasSize(19);
        assertThat(cleanText).containsOnlyOnce("“We don’t sell them our best stuff");
        assertThat(cleanText).containsOnlyOnce("The NDRC, the state planner leading the drive for independence");
        assertThat(cleanText).contains("Some policymakers from Beijing are also trying to place a ban");
    }

    @Test
    void noBoilerplateIsLeft() {
        assertThat(cleanText)
                .doesNotContain("T$0.01609")
                .doesNotContain("Threshold")
                .doesNotContain("CHIPS Protocol")
                .doesNotContain("Par :")
                .doesNotContain("2025/08/21")
                .doesNotContain("Get seen where it counts")
                .doesNotContain("Source:")
                .doesNotContain("cryptopolitan.com")
                .doesNotContain("Clause de non-responsabilité")
                .doesNotContain("MEXC")
                .doesNotContain("Partager")
                .doesNotContain("Vous aimerez peut-être aussi")
                .doesNotContain("Democratic Senators")
                .doesNotContain("PeckShield")
                .doesNotContain("PANews");
    }

    @Test
    void metadataIsReadFromTheLinesAroundTheBody() {
        ArticleMetadata m = cleaned.metadata();
        assertThat(m.title()).isEqualTo("China turns buyers against Nvidia's H20 chips after US Commerce Secretary remarks");
        assertThat(m.publisher()).isEqualTo("BitcoinEthereumNews");
        assertThat(m.publishedAt()).isEqualTo("2025-08-21T20:26");
        assertThat(m.url()).isEqualTo("https://www.cryptopolitan.com/china-doesnt-want-nvidia-h20-chips-anymore/");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void theSampleIsReadAsUtf8() throws IOException {
        assertThat(cleanText).contains("’").doesNotContain("â€");
        assertThat(new String(SampleArticleTest.class.getResourceAsStream("nvidia-h20-scraped.txt").readAllBytes(),
                StandardCharsets.UTF_8)).contains("Beijing");
    }
}
