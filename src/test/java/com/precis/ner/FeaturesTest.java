package com.precis.ner;

import static com.precis.ner.NerFixtures.features;
import static com.precis.ner.NerFixtures.read;
import static com.precis.ner.NerFixtures.token;
import static com.precis.ner.NerFixtures.tokenAfter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each feature family on its own, on made-up text. */
class FeaturesTest {

    @Test
    void shapesCutRunsOfOneKind() {
        assertThat(Shapes.describe("Obama", 2)).isEqualTo("Xxx");
        assertThat(Shapes.describe("Obama", 1)).isEqualTo("Xx");
        assertThat(Shapes.describe("U.S.", 1)).isEqualTo("X.X.");
        assertThat(Shapes.describe("1996-12-06", 1)).isEqualTo("d-d-d");
        assertThat(Shapes.shape("x".repeat(1_000_000), 2)).isEqualTo(Shapes.shape("x".repeat(2_000_000), 2));
    }

    @Test
    void theWordFeatureIgnoresCaseButTheWordWithItsShapeDoesNot() {
        NerText t = read("VALDORIA WIN.\nValdoria won.");
        int[] shouted = features(new WordFeatures(), t, token(t, "VALDORIA"));
        int[] written = features(new WordFeatures(), t, token(t, "Valdoria"));
        assertThat(shouted[0]).isEqualTo(written[0]);
        assertThat(shouted[7]).isNotEqualTo(written[7]);
    }

    @Test
    void affixesAreReadInLowerCase() {
        NerText t = read("Kazbekistan and KAZBEKISTAN.");
        assertThat(features(new AffixFeatures(), t, 0)).containsExactly(features(new AffixFeatures(), t, 2));
        NerText punct = read("A , b");
        assertThat(features(new AffixFeatures(), punct, 1)).isEmpty();
    }

    @Test
    void whereAWordStandsIsKnown() {
        NerText t = read("SOCCER - VALDORIA GET LUCKY WIN, ORVANIA IN SURPRISE DEFEAT.\n"
                + "Tomas Brel Scored Twice For The Home Side In Lazdona\n"
                + "Brel said the Valdoria side played well.");
        assertThat(t.position[token(t, "VALDORIA")]).isEqualTo(NerText.SHOUTED);
        assertThat(t.position[token(t, "Lazdona")]).isEqualTo(NerText.TITLED);
        int brel = tokenAfter(t, "Brel", token(t, "Lazdona"));
        assertThat(t.position[brel]).isEqualTo(NerText.INITIAL);
        assertThat(t.position[brel + 1]).isEqualTo(NerText.RUNNING);
        int[] a = features(new ShapeFeatures(), t, token(t, "VALDORIA"));
        int[] b = features(new ShapeFeatures(), t, tokenAfter(t, "Valdoria", brel));
        assertThat(a[3]).isNotEqualTo(b[3]); // the short shape with where it stands
    }

    @Test
    void theDocumentSaysHowAWordIsWrittenElsewhere() {
        NerText t = read("VALDORIA AND THE REGULATORS.\nRegulators in Valdoria met. The regulators left.");
        assertThat(t.docCase[token(t, "VALDORIA")]).isEqualTo(2); // capitalised in running text only
        assertThat(t.docCase[token(t, "REGULATORS")]).isEqualTo(1); // in lower case
        assertThat(features(new DocumentFeatures(), t, token(t, "VALDORIA")))
                .doesNotContain(features(new DocumentFeatures(), t, token(t, "REGULATORS"))[0]);
    }

    @Test
    void gazetteerPhrasesAreMarkedBeginInsideLast() {
        NerText t = read("She flew from Los Angeles to Lyon.");
        int city = List.of(NerLexicon.PHRASE_KINDS).indexOf("city");
        int york = token(t, "Angeles");
        assertThat((t.gazetteer[york - 1] >>> (3 * city)) & 7).isEqualTo(1);
        assertThat((t.gazetteer[york] >>> (3 * city)) & 7).isEqualTo(3);
        assertThat((t.gazetteer[token(t, "Lyon")] >>> (3 * city)) & 7).isEqualTo(4);
        assertThat(t.gazetteer[token(t, "flew")]).isZero();
    }

    @Test
    void lexiconClassesFireForTheWordAndItsNeighbours() {
        NerText t = read("Mr. Brel said so.");
        int mr = token(t, "Mr.");
        assertThat(t.wordBits[mr] & LEXICON_HONORIFIC).isNotZero();
        int[] brel = features(new LexiconFeatures(), t, token(t, "Brel"));
        int[] so = features(new LexiconFeatures(), t, token(t, "so"));
        assertThat(brel).isNotEmpty();
        assertThat(brel).isNotEqualTo(so);
    }

    @Test
    void clustersAreSharedByWordsUsedAlike() {
        WordClusters clusters = WordClusters.of(List.of("valdoria 7 1", "orvania 7 1", "won 3 2"));
        NerText t = read("Valdoria won. ORVANIA won.", clusters);
        int[] a = features(new ClusterFeatures(), t, token(t, "Valdoria"));
        int[] b = features(new ClusterFeatures(), t, token(t, "ORVANIA"));
        assertThat(a[0]).isEqualTo(b[0]);
        assertThat(t.fine[token(t, "won")]).isEqualTo(3);
        assertThat(read("Zyx", clusters).fine[0]).isEqualTo(-1);
    }

    private static final int LEXICON_HONORIFIC = NerFixtures.LEXICON.wordClass("honorific");
}
