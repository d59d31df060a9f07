package com.precis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.text.ArticleText;
import com.precis.text.Block;
import com.precis.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actors from the tagger on made-up text of the shapes wire copy and other languages have. */
class TaggedActorsTest {

    private static final ActorExtractor EXTRACTOR = ActorExtractor.standard();
    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

    private static List<Actor> actors(String language, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        return EXTRACTOR.extract(ArticleText.of(blocks, language, SPLITTER)).actors();
    }

    private static ActorType type(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name) || a.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + actors)).type();
    }

    @Test
    void namesInAnAllCapsHeadlineJoinTheirBodyMentionsUnderTheWrittenName() {
        List<Actor> a = actors("en", "TENNIS - MARIA LOPEZ WINS IN MELBOURNE.",
                "Maria Lopez of Spain won the final in Melbourne on Sunday, her coach said.");
        assertThat(type(a, "Maria Lopez")).isEqualTo(ActorType.PERSON);
        assertThat(a.stream().filter(x -> x.name().equalsIgnoreCase("Maria Lopez"))).hasSize(1);
        assertThat(type(a, "Melbourne")).isEqualTo(ActorType.LOCATION);
        assertThat(a).noneMatch(x -> x.name().equals("TENNIS") || x.name().equals("WINS"));
    }

    @Test
    void aSurnameOpeningASentenceIsThePerson() {
        List<Actor> a = actors("en", "The talks were led by Thomas Berger, the chief executive of Daimler.",
                "Berger said the company would appeal.");
        assertThat(type(a, "Thomas Berger")).isEqualTo(ActorType.PERSON);
        assertThat(a.stream().filter(x -> x.name().contains("Berger"))).hasSize(1);
        assertThat(type(a, "Daimler")).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void playersInResultsLinesAndListsAreActors() {
        List<Actor> a = actors("en", "Results of the second round:", "Maria Lopez beat Anna Berg 6-3 6-4",
                "Julia Weber beat Sarah Novak 7-5 6-2", "Seeds: John Miller, Peter Brown, David Clarke.");
        for (String name : List.of("Maria Lopez", "Anna Berg", "Julia Weber", "Sarah Novak", "John Miller",
                "Peter Brown", "David Clarke")) {
            assertThat(type(a, name)).as(name).isEqualTo(ActorType.PERSON);
        }
    }

    @Test
    void germanCapitalisedNounsAreNoActors() {
        List<Actor> a = actors("de", "Die Zahl der Zusatzfelder in der Datenbank wächst seit Jahren.",
                "Die Verwaltung prüft nun jede Anfrage, sagte die Sprecherin.");
        assertThat(a).isEmpty();
    }

    @Test
    void inALanguageWithoutAModelNamesNeedTheLexiconsOrStrongEvidence() {
        List<Actor> a = actors("de", "Die Regierung in Berlin lehnte ab, sagte Thomas Berger am Montag.",
                "Die Datenbank der Verwaltung wächst.");
        assertThat(type(a, "Thomas Berger")).isEqualTo(ActorType.PERSON);
        assertThat(a).extracting(Actor::name).doesNotContain("Datenbank", "Verwaltung", "Regierung");
        assertThat(a).anyMatch(x -> x.name().equals("Berlin"));
    }
}
