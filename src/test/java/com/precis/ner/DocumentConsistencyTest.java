package com.precis.ner;

import static com.precis.ner.NerFixtures.read;
import static com.precis.ner.NerFixtures.token;
import static com.precis.ner.NerFixtures.tokenAfter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The second pass alone, on made-up first-pass output. */
class DocumentConsistencyTest {

    private static final String TEXT = "BRELLIX BEATS ORVANIA.\n"
            + "Officials of Brellix met Tomas Kowalczyk in Orvania on Monday.\n"
            + "Kowalczyk said Brellix was ready.";

    @Test
    void aNameInRunningTextGivesItsTypeToTheHeadlineAndFillsWhatWasMissed() {
        NerText t = read(TEXT);
        int brellix = tokenAfter(t, "Brellix", 4);
        int tomas = token(t, "Tomas");
        int orvania = tokenAfter(t, "Orvania", 4);
        List<Entity> first = List.of(
                new Entity(token(t, "BRELLIX"), token(t, "BRELLIX") + 1, EntityType.PER), // wrong in the headline
                new Entity(brellix, brellix + 1, EntityType.ORG),
                new Entity(tomas, tomas + 2, EntityType.PER),
                new Entity(orvania, orvania + 1, EntityType.LOC));
        List<Entity> out = DocumentConsistency.apply(t, first);
        assertThat(out).contains(new Entity(token(t, "BRELLIX"), token(t, "BRELLIX") + 1, EntityType.ORG));
        assertThat(out).contains(new Entity(token(t, "ORVANIA"), token(t, "ORVANIA") + 1, EntityType.LOC));
        int lone = tokenAfter(t, "Kowalczyk", tomas + 2);
        assertThat(out).contains(new Entity(lone, lone + 1, EntityType.PER)); // the surname alone
        int last = tokenAfter(t, "Brellix", lone);
        assertThat(out).contains(new Entity(last, last + 1, EntityType.ORG));
    }

    @Test
    void aWordAlsoWrittenInLowerCaseIsNotTaggedByItself() {
        NerText t = read("Officials met Tomas Bill in Orvania.\nBill passed. The bill was long.");
        int tomas = token(t, "Tomas");
        List<Entity> out = DocumentConsistency.apply(t, List.of(new Entity(tomas, tomas + 2, EntityType.PER)));
        assertThat(out).containsExactly(new Entity(tomas, tomas + 2, EntityType.PER));
    }

    @Test
    void withoutANameInRunningTextNothingChanges() {
        NerText t = read(TEXT);
        List<Entity> first = List.of(new Entity(0, 1, EntityType.PER));
        assertThat(DocumentConsistency.apply(t, first)).isEqualTo(first);
    }
}
