package com.precis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.Article;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first customer document's quotes and actors, as the brief requires them (written by a person reading it). */
class SampleArticleTest {

    private static Article article;

    @BeforeAll
    static void summarize() throws Exception {
        byte[] bytes;
        try (InputStream in = SampleArticleTest.class.getResourceAsStream("nvidia-h20-scraped.txt")) {
            bytes = in.readAllBytes();
        }
        article = Precis.standard().summarize(new ArticleInput(bytes, null, "nvidia-h20-scraped.txt"));
    }

    private static Optional<Actor> actor(String name) {
        return article.actors().stream().filter(a -> a.name().equals(name) || a.aliases().contains(name)).findFirst();
    }

    private static Actor required(String name) {
        return actor(name).orElseThrow(() -> new AssertionError(name + " not among " + article.actors()));
    }

    @Test
    void theThreeQuotesAndThePartialOneInArticleOrder() {
        List<Quote> quotes = article.quotes();
        assertThat(quotes).hasSize(4);
        assertThat(quotes.get(0).text()).startsWith("We don’t sell them our best stuff");
        assertThat(quotes.get(1).text()).isEqualTo("insulting");
        assertThat(quotes.get(1).kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(quotes.get(2).text()).startsWith("Lutnick’s speech gives the coalition");
        assertThat(quotes.get(3).text()).isEqualTo("As a matter of principle, science, technology, and economic and trade "
                + "issues should not be politicised, instrumentalised, or weaponised. Containment and suppression will "
                + "not hold back China’s development.");
        for (Quote q : quotes) {
            assertThat(article.cleanText()).contains(q.text());
        }
    }

    @Test
    void quotedTermsAreLeftOut() {
        assertThat(article.quotes()).noneMatch(q -> q.text().contains("inference") || q.text().contains("window guidance"));
    }

    @Test
    void lutnickToldCnbc() {
        Quote q = article.quotes().get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("Howard Lutnick");
        assertThat(q.cue()).isEqualTo("told");
        assertThat(q.anonymous()).isFalse();
        assertThat(q.speaker().actorId()).isEqualTo(required("Howard Lutnick").id());
    }

    @Test
    void aPersonCloseToThePolicymakersIsAnonymous() {
        Quote q = article.quotes().get(2);
        assertThat(q.speaker().name()).isEqualTo("a person close to the policymakers");
        assertThat(q.speaker().actorId()).isNull();
        assertThat(q.anonymous()).isTrue();
    }

    @Test
    void theForeignMinistryOfChinaIsAGovernment() {
        Quote q = article.quotes().get(3);
        Actor ministry = required("China's foreign ministry");
        assertThat(ministry.type()).isEqualTo(ActorType.GOVERNMENT);
        assertThat(q.speaker().actorId()).isEqualTo(ministry.id());
        assertThat(q.cue()).isEqualTo("stated");
    }

    @Test
    void theDirectQuotesAreKey() {
        assertThat(article.quotes()).filteredOn(Quote::key).extracting(Quote::kind).containsOnly(QuoteKind.DIRECT).hasSize(3);
    }

    @Test
    void lutnickWithRoleAndAlias() {
        Actor lutnick = required("Howard Lutnick");
        assertThat(lutnick.type()).isEqualTo(ActorType.PERSON);
        assertThat(lutnick.roles()).contains("US Commerce Secretary");
        assertThat(lutnick.aliases()).contains("Lutnick");
    }

    @Test
    void organisationsGovernmentsPlacesAndPeople() {
        for (String org : List.of("Nvidia", "TSMC", "ByteDance", "Alibaba", "Cambricon", "Huawei", "CNBC", "Financial Times")) {
            assertThat(required(org).type()).as(org).isEqualTo(ActorType.ORGANIZATION);
        }
        for (String gov : List.of("CAC", "MIIT", "NDRC")) {
            assertThat(required(gov).type()).as(gov).isEqualTo(ActorType.GOVERNMENT);
        }
        for (String state : List.of("China", "Beijing", "United States", "Washington")) {
            assertThat(required(state).type()).as(state).isIn(ActorType.GOVERNMENT, ActorType.LOCATION);
        }
        assertThat(required("Trump").type()).isEqualTo(ActorType.PERSON);
        assertThat(required("Huang").type()).isEqualTo(ActorType.PERSON);
        assertThat(required("NDRC").roles()).contains("state planner");
    }

    @Test
    void productsAndUnnamedGroupsAreNoActors() {
        for (String no : List.of("H20", "Blackwell", "People", "Regulators", "AI", "Chinese")) {
            assertThat(actor(no)).as(no).isEmpty();
        }
        assertThat(article.actors()).noneMatch(a -> a.name().toLowerCase().contains("familiar"));
    }

    @Test
    void everyNamedSpeakerIsAnActor() {
        for (Quote q : article.quotes()) {
            if (q.speaker() != null && !q.anonymous()) {
                assertThat(article.actors()).anyMatch(a -> a.id().equals(q.speaker().actorId()));
            }
        }
    }
}
