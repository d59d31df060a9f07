package com.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.Article;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScorerTest {

    private static Article article(List<Quote> quotes, List<Actor> actors) {
        return new Article(null, null, List.of(), null, "en", null, List.of(), quotes, actors, "", new Stats(0, 0, 0, 0, 0));
    }

    private static Quote quote(String text, String speaker, String id) {
        return new Quote(text, speaker == null ? null : new Speaker(speaker, id), "said", QuoteKind.DIRECT, false, 0, false);
    }

    private static Actor actor(String id, String name, ActorType type, String... aliases) {
        return new Actor(id, name, type, List.of(), List.of(aliases), 1, 1);
    }

    private static AnnotatedArticle gold(List<GoldQuote> quotes, List<GoldActor> actors) {
        return new AnnotatedArticle("t", "en", List.of("x"), quotes, List.of(), actors);
    }

    @Test
    void quotesMatchByTokenSetJaccardAndShortOnesDoNotCount() {
        AnnotatedArticle g = gold(List.of(new GoldQuote("we will win this fight together", "Jane Roe", "NAME", "DIRECT"),
                new GoldQuote("insulting", null, "NONE", "PARTIAL")), List.of());
        Article a = article(List.of(quote("We will win this fight,", "Jane Roe", "a1"), quote("nothing like it at all", null, null)),
                List.of(actor("a1", "Jane Roe", ActorType.PERSON)));
        ArticleScore s = ArticleScorer.score(g, a);
        assertThat(s.quotes.tp()).isEqualTo(1);
        assertThat(s.quotes.fp()).isEqualTo(1);
        assertThat(s.quotes.fn()).isZero();
        assertThat(s.namedSpeakers.right()).isEqualTo(1);
    }

    @Test
    void speakerIsRightByLastNameOrHeadWord() {
        GoldQuote named = new GoldQuote("one two three four", "Howard Lutnick", "NAME", "DIRECT");
        GoldQuote anonymous = new GoldQuote("one two three four", "a person close to the policymakers", "ANONYMOUS", "DIRECT");
        assertThat(ArticleScorer.speakerRight(named, quote("x", "Lutnick", "a1"), java.util.Map.of(), java.util.Map.of())).isTrue();
        assertThat(ArticleScorer.speakerRight(anonymous, quote("x", "one person familiar with it", null),
                java.util.Map.of(), java.util.Map.of())).isTrue();
        assertThat(ArticleScorer.speakerRight(named, quote("x", "Howard Smith", "a1"), java.util.Map.of(), java.util.Map.of())).isFalse();
        assertThat(ArticleScorer.speakerRight(new GoldQuote("x", null, "NONE", "DIRECT"), quote("x", null, null),
                java.util.Map.of(), java.util.Map.of())).isTrue();
    }

    @Test
    void actorsMatchBySurnameAndGovernmentIsOrganisationOrLocation() {
        AnnotatedArticle g = gold(List.of(), List.of(new GoldActor("Howard Lutnick", "PERSON", List.of(), List.of()),
                new GoldActor("China", "LOCATION", List.of(), List.of()),
                new GoldActor("NDRC", "GOVERNMENT", List.of(), List.of()),
                new GoldActor("Nvidia", "ORGANIZATION", List.of(), List.of())));
        Article a = article(List.of(), List.of(actor("a1", "Lutnick", ActorType.PERSON),
                actor("a2", "China", ActorType.GOVERNMENT),
                actor("a3", "National Development and Reform Commission", ActorType.ORGANIZATION, "NDRC"),
                actor("a4", "Nvidia", ActorType.PERSON),
                actor("a5", "Blackwell", ActorType.ORGANIZATION)));
        ArticleScore s = ArticleScorer.score(g, a);
        assertThat(s.actors.tp()).isEqualTo(3);
        assertThat(s.actors.fp()).isEqualTo(2);
        assertThat(s.actors.fn()).isEqualTo(1);
        assertThat(s.actorsUntyped.tp()).isEqualTo(4);
        assertThat(s.byType.get(ArticleScore.Bucket.LOCATION).tp()).isEqualTo(1);
    }

    @Test
    void namesAreNormalised() {
        assertThat(NameMatch.normal("The U.S. Department’s")).isEqualTo("us departments");
        assertThat(NameMatch.normal("Québec")).isEqualTo("quebec");
        assertThat(NameMatch.head("the foreign ministry of China")).isEqualTo("ministry");
    }

    @Test
    void theSplitIsStableAndCoversEveryArticle() {
        for (String id : List.of("bbc-1", "cnn", "nvidia-h20-scraped")) {
            assertThat(Evaluation.inSplit(id, Evaluation.Split.DEV)).isNotEqualTo(Evaluation.inSplit(id, Evaluation.Split.CHECK));
            assertThat(Evaluation.inSplit(id, Evaluation.Split.ALL)).isTrue();
        }
    }
}
