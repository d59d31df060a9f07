package com.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.actors.ActorExtractor;
import com.precis.quotes.QuoteExtractor;
import com.precis.text.SentenceSplitter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the GUM quote corpus's format, on a made-up document (an emoji makes code points differ from chars). */
class GumCorpusTest {

    private static List<GumCorpus.Document> read() throws Exception {
        return GumCorpus.read(fixture(), SentenceSplitter.standard());
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(GumCorpusTest.class.getResource("gum-quotes-dev.jsonl").toURI());
    }

    @Test
    void spansLandOnTheSameWordsInTheArticleText() throws Exception {
        GumCorpus.Document d = read().get(0);
        assertThat(d.genre()).isEqualTo("news");
        assertThat(d.text().blocks()).hasSize(3);
        GumCorpus.GoldQuote q = d.quotes().get(0);
        assertThat(q.span().text()).isEqualTo("\"went well for everyone here\"");
        assertThat(q.source().span().text()).isEqualTo("Olga Brandt");
        assertThat(q.source().name()).isEqualTo("Olga Brandt");
        GumCorpus.Relation r = d.relations().get(0);
        assertThat(r.content().text()).isEqualTo("more would follow");
        assertThat(r.source().span().text()).isEqualTo("She");
        assertThat(r.cue().text()).isEqualTo("added");
    }

    @Test
    void checkIsDevAndTest() {
        assertThat(GumCorpus.files(Path.of("g"), "check"))
                .containsExactly(Path.of("g/gum-quotes-dev.jsonl"), Path.of("g/gum-quotes-test.jsonl"));
    }

    @Test
    void speakerChoiceIsScoredAgainstTheGold() throws Exception {
        SpeakerExamples examples = new SpeakerExamples(ActorExtractor.standard(), QuoteExtractor.standard());
        GumEvaluation e = GumEvaluation.run(read(), examples);
        assertThat(e.allQuotes().total()).isEqualTo(1);
        assertThat(e.allQuotes().right()).isEqualTo(1);
        assertThat(e.namedQuotes().total()).isEqualTo(1);
        // "She added that …": the pronoun's antecedent is the gold name.
        assertThat(e.allRelations().total()).isEqualTo(1);
        assertThat(e.allRelations().right()).isEqualTo(1);
        assertThat(e.namedRelations().total()).isZero();
    }
}
