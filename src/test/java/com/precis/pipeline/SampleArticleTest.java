package com.precis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.Article;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first customer document, end to end through the pipeline. Every expectation here was written
 * by a person reading samples/nvidia-h20-scraped.txt, not copied from the program's output.
 */
class SampleArticleTest {

    static Article article;

    @BeforeAll
    static void summarize() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("samples/nvidia-h20-scraped.txt"));
        article = Precis.standard().summarize(new ArticleInput(bytes, "text/plain", "incoming/nvidia-h20-scraped.txt"));
    }

    @Test
    void metadata() {
        assertThat(article.title()).isEqualTo("China turns buyers against Nvidia's H20 chips after US Commerce Secretary remarks");
        assertThat(article.publisher()).isEqualTo("BitcoinEthereumNews");
        assertThat(article.publishedAt()).isEqualTo("2025-08-21T20:26");
        assertThat(article.url()).isEqualTo("https://www.cryptopolitan.com/china-doesnt-want-nvidia-h20-chips-anymore/");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void cleanTextIsTheArticleBodyAndNothingElse() {
        String text = article.cleanText();
        assertThat(text).startsWith("Beijing has moved to curb the sale of Nvidia’s H20 artificial-intelligence chip");
        assertThat(text).endsWith("Containment and suppression will not hold back China’s development.”");
        assertThat(text).contains("\n\nNvidia still has appeal in China\n\n",
                "\n\nCAC asked companies to abandon Nvidia’s H20 chips following Lutnick’s comments\n\n",
                "\n\nSome Chinese firms have delayed H20 orders\n\n",
                "“We don’t sell them our best stuff, not our second-best stuff, not even our third-best,” Lutnick told CNBC in July.",
                "If the watchdog issues penalties, it would choke daily operations.");
        assertThat(text).doesNotContain("Threshold", "T$0.01609+2.09%", "STUFF.io", "CHIPS Protocol",
                "Par :", "2025/08/21", "Get seen where it counts", "Advertise in Cryptopolitan", "Source:",
                "cryptopolitan.com", "Clause de non-responsabilité", "MEXC", "Partager", "Vous aimerez peut-être aussi",
                "PANews", "Silo Finance", "Rogoff", "Actualités tendance", "TOKEN2049");
        assertThat(text.split("\n\n")).hasSize(19);
    }

    static Optional<Quote> quoteStarting(String start) {
        return article.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst();
    }

    static Actor actor(String name) {
        return article.actors().stream().filter(a -> a.name().equals(name) || a.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + article.actors()));
    }

    @Test
    void quotesWithTheirSpeakers() {
        Quote lutnick = quoteStarting("We don’t sell them our best stuff").orElseThrow();
        assertThat(lutnick.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(lutnick.speaker().name()).isEqualTo("Howard Lutnick");
        assertThat(lutnick.speaker().actorId()).isEqualTo(actor("Howard Lutnick").id());
        assertThat(lutnick.cue()).isEqualTo("told");
        assertThat(lutnick.anonymous()).isFalse();

        Quote source = quoteStarting("Lutnick’s speech gives the coalition").orElseThrow();
        assertThat(source.anonymous()).isTrue();
        assertThat(source.speaker().name()).isEqualTo("a person close to the policymakers");
        assertThat(source.speaker().actorId()).isNull();
        assertThat(source.cue()).isEqualTo("said");

        Quote ministry = quoteStarting("As a matter of principle").orElseThrow();
        assertThat(ministry.text()).endsWith("Containment and suppression will not hold back China’s development.");
        assertThat(ministry.speaker().actorId()).isNotNull();
        Actor speaker = article.actors().stream().filter(a -> a.id().equals(ministry.speaker().actorId())).findFirst().orElseThrow();
        assertThat(speaker.type()).isEqualTo(ActorType.GOVERNMENT);
        assertThat(speaker.name().toLowerCase(Locale.ROOT)).contains("foreign ministry").contains("china");

        Quote insulting = quoteStarting("insulting").orElseThrow();
        assertThat(insulting.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(article.quotes()).noneMatch(q -> q.text().startsWith("inference") || q.text().startsWith("window guidance"));
        assertThat(article.quotes()).hasSize(4);
        assertThat(article.quotes()).isSortedAccordingTo(java.util.Comparator.comparingInt(Quote::sentenceIndex));
    }

    @Test
    void actorsWithTypesRolesAndAliases() {
        Actor lutnick = actor("Howard Lutnick");
        assertThat(lutnick.type()).isEqualTo(ActorType.PERSON);
        assertThat(lutnick.aliases()).contains("Lutnick");
        assertThat(lutnick.roles()).anyMatch(r -> r.contains("Commerce Secretary"));
        for (String org : List.of("Nvidia", "TSMC", "ByteDance", "Alibaba", "Cambricon", "Huawei", "CNBC", "Financial Times")) {
            assertThat(actor(org).type()).as(org).isEqualTo(ActorType.ORGANIZATION);
        }
        for (String gov : List.of("CAC", "MIIT", "NDRC")) {
            assertThat(actor(gov).type()).as(gov).isEqualTo(ActorType.GOVERNMENT);
        }
        for (String place : List.of("China", "Beijing", "Washington")) {
            assertThat(actor(place).type()).as(place).isIn(ActorType.GOVERNMENT, ActorType.LOCATION);
        }
        assertThat(article.actors()).anyMatch(a -> (a.name() + a.aliases()).matches(".*(United States|US|U\\.S\\.).*")
                && (a.type() == ActorType.GOVERNMENT || a.type() == ActorType.LOCATION));
        assertThat(actor("Trump").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor("Huang").type()).isEqualTo(ActorType.PERSON);
        assertThat(article.actors()).noneMatch(a -> a.name().equals("H20") || a.name().equals("Blackwell")
                || a.name().toLowerCase(Locale.ROOT).startsWith("people familiar"));
        assertThat(article.actors()).extracting(Actor::id).doesNotHaveDuplicates();
    }

    @Test
    void summaryCoversWhatAReaderNeeds() {
        List<String> summary = article.summary();
        assertThat(summary).hasSizeBetween(3, 5);
        assertThat(summary).allSatisfy(s -> assertThat(article.cleanText()).contains(s));
        assertThat(summary).anySatisfy(s -> assertThat(s).contains("Beijing").contains("H20").contains("Lutnick"));
        assertThat(summary).anySatisfy(s -> assertThat(s).contains("CAC").contains("guidance"));
        // the NDRC's own guidance, not only what the NDRC is (the issue: "the CAC's guidance, the NDRC's")
        assertThat(summary).anySatisfy(s -> assertThat(s).contains("NDRC").contains("guidance"));
        assertThat(summary).anySatisfy(s -> assertThat(s).contains("Blackwell").contains("delayed"));
        List<Integer> positions = summary.stream().map(s -> article.cleanText().indexOf(s)).toList();
        assertThat(positions).isSorted();
    }
}
