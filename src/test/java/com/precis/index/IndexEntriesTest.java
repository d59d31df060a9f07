package com.precis.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Source;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import com.precis.document.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexEntriesTest {

    static final Actor BRENNER = new Actor("a1", "Halvard Brenner", ActorType.PERSON, List.of("Trade Secretary"),
            List.of("Brenner"), 4, 0.8);
    static final Actor GRAIN = new Actor("a2", "Tallow Grain Company", ActorType.ORGANIZATION, List.of(),
            List.of("TGC"), 2, 0.4);

    static ArticleDocument document(List<Quote> quotes, List<Actor> actors) {
        return new ArticleDocument("s3://b/incoming/a.txt", new Source("b", "incoming/a.txt", null, null, 10L, null, null, null),
                "Grain tariffs", null, List.of(), "2026-02-01", "en", List.of("One."), quotes, actors, "text",
                new Stats(10, 4, 1, 0, 1), "v", "2026-02-02T00:00:00Z", Status.OK, null, List.of());
    }

    static Quote quote(String text, Speaker speaker, boolean anonymous) {
        return new Quote(text, speaker, "said", QuoteKind.DIRECT, anonymous, 0, false);
    }

    @Test
    void aNamedSpeakersQuoteIsFoundUnderEachOfTheSpeakersNamesThenEveryActorUnderItsNames() {
        List<IndexEntry> entries = IndexEntries.of(document(List.of(
                quote("We will not sell below cost", new Speaker("Halvard Brenner", "a1"), false),
                quote("insulting", new Speaker("two officials", null), true),
                quote("Nobody knows", null, false),
                quote("Prices stay", new Speaker("Tallow Grain Company", "a2"), false)), List.of(BRENNER, GRAIN)));
        assertThat(entries).extracting(IndexEntry::lookupKey).containsExactly(
                "speaker:halvard brenner", "speaker:brenner", "speaker:tallow grain company", "speaker:tgc",
                "actor:halvard brenner", "actor:brenner", "actor:tallow grain company", "actor:tgc");
        assertThat(entries.get(0).quoteIndex()).isZero();
        assertThat(entries.get(2).quoteIndex()).isEqualTo(3); // article order kept
        assertThat(entries.get(1).form()).isEqualTo("Brenner");
        assertThat(entries.get(1).name()).isEqualTo("Halvard Brenner");
        assertThat(entries.get(4).quote()).isNull();
    }

    @Test
    void aSpeakerMissingFromTheActorsIsFoundByTheNameTheQuoteGives() {
        List<IndexEntry> entries = IndexEntries.of(document(List.of(
                quote("We will see", new Speaker("Marta Ilves", "a9"), false)), List.of()));
        assertThat(entries).extracting(IndexEntry::lookupKey).containsExactly("speaker:marta ilves");
    }

    @Test
    void failedDocumentsHaveNoEntries() {
        ArticleDocument failed = ArticleDocument.failed("s3://b/k", null, "EMPTY: nothing", Stats.ofInput(0, 0), "v", "2026-01-01T00:00:00Z");
        assertThat(IndexEntries.of(failed)).isEmpty();
    }
}
