package com.precis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.actors.Tokens;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The shipped model on made-up text of the shapes news has: headlines, results, lists, sentence starts. */
class NerTaggerTest {

    private static final NerTagger TAGGER = NerTagger.standard(NerFixtures.NAMES, NerFixtures.GAZETTEER);

    /** "TYPE text" of every name found. */
    static List<String> names(String text) {
        Tokens tokens = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (Entity e : TAGGER.tag(TAGGER.read(tokens, NerFixtures.sentences(text)))) {
            out.add(e.type() + " " + text.substring(tokens.get(e.firstToken()).start(), tokens.get(e.endToken() - 1).end()));
        }
        return out;
    }

    @Test
    void namesInAnAllCapsHeadlineAreFound() {
        List<String> found = names("TENNIS - MARIA LOPEZ WINS IN MELBOURNE.\n"
                + "Maria Lopez of Spain won the final in Melbourne on Sunday, her coach said.");
        assertThat(found).contains("PER MARIA LOPEZ", "LOC MELBOURNE", "PER Maria Lopez", "LOC Melbourne", "LOC Spain");
    }

    @Test
    void aNameOpeningASentenceIsFound() {
        List<String> found = names("The talks were led by Thomas Berger, the chief executive of Daimler.\n"
                + "Berger said the company would appeal.");
        assertThat(found).contains("PER Thomas Berger", "ORG Daimler");
        assertThat(found.stream().filter(n -> n.equals("PER Berger"))).hasSize(1);
    }

    @Test
    void namesInAResultsLineAreFound() {
        List<String> found = names("Women's singles, second round:\nMaria Lopez beat Anna Berg 6-3 6-4\n"
                + "Julia Weber beat Sarah Novak 7-5 6-2");
        assertThat(found).contains("PER Maria Lopez", "PER Anna Berg", "PER Julia Weber", "PER Sarah Novak");
    }

    @Test
    void aListOfNamesIsFound() {
        List<String> found = names("The squad: John Miller, Peter Brown, David Clarke, Michael Evans.");
        assertThat(found).contains("PER John Miller", "PER Peter Brown", "PER David Clarke", "PER Michael Evans");
    }

    @Test
    void commonWordsOfAHeadlineAreNoNames() {
        List<String> found = names("SHARES SLIDE AFTER EXPORT CURBS.\nShares slid on Monday after the export curbs.");
        assertThat(found).isEmpty();
    }

    @Test
    void emptyAndPunctuationOnlyTextHaveNoNames() {
        assertThat(names("")).isEmpty();
        assertThat(names(" . , ;\n\n")).isEmpty();
    }

    @Property(tries = 200)
    void neverThrows(@ForAll("texts") String text) {
        names(text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("Mr.", "U.S.", "’s", "-", ",", ".", "\n", "“", "”", "Lazio", "2", "Inter", "1",
                        "中国人民银行", "وزارة", "Zahl", "der", "\uD83D\uDE00", "\u200B", "Ł", "İstanbul"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(30));
        return words.list().ofMaxSize(300).map(l -> String.join(" ", l));
    }

    @Test
    void oneHugeTokenAndALongSentenceAreTagged() {
        assertThat(names("x".repeat(2_000_000))).isEmpty();
        String many = "Maria Lopez and Anna Berg ".repeat(2_000);
        assertThat(names(many)).hasSizeGreaterThan(1_000);
    }
}
