package com.precis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void entitiesSurviveEncodingAndDecoding() {
        List<Entity> names = List.of(new Entity(0, 2, EntityType.PER), new Entity(3, 4, EntityType.LOC),
                new Entity(5, 8, EntityType.ORG));
        int[] labels = Labels.encode(9, names);
        assertThat(labels[2]).isEqualTo(Labels.O);
        assertThat(Labels.decode(labels, 9, 0)).isEqualTo(names);
        assertThat(Labels.decode(labels, 9, 10).get(0)).isEqualTo(new Entity(10, 12, EntityType.PER));
    }

    @Test
    void anOpenNameMustGoOnWithItsOwnType() {
        int bPer = Labels.encode(2, List.of(new Entity(0, 2, EntityType.PER)))[0];
        int lPer = Labels.encode(2, List.of(new Entity(0, 2, EntityType.PER)))[1];
        int lOrg = Labels.encode(2, List.of(new Entity(0, 2, EntityType.ORG)))[1];
        assertThat(Labels.allowed(bPer, lPer)).isTrue();
        assertThat(Labels.allowed(bPer, lOrg)).isFalse();
        assertThat(Labels.allowed(bPer, Labels.O)).isFalse();
        assertThat(Labels.allowed(lPer, Labels.O)).isTrue();
        assertThat(Labels.allowed(Labels.O, lPer)).isFalse();
        assertThat(Labels.canEnd(bPer)).isFalse();
    }

    @Test
    void viterbiNeverReturnsABrokenSequence() {
        int c = Labels.COUNT;
        float[] local = new float[3 * c];
        int bPer = Labels.encode(2, List.of(new Entity(0, 2, EntityType.PER)))[0];
        local[bPer] = 10; // B-PER wins locally at the first token, but nothing may close it
        local[2 * c + bPer] = 10;
        int[] labels = Viterbi.decode(local, 3, new float[c * c], new float[c]);
        for (int i = 1; i < 3; i++) {
            assertThat(Labels.allowed(labels[i - 1], labels[i])).isTrue();
        }
        assertThat(Labels.canEnd(labels[2])).isTrue();
    }
}
