package com.precis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class NerModelTest {

    private static NerModel model() {
        int c = Labels.COUNT;
        float[] weights = new float[3 * c];
        weights[1] = 2.5f;
        weights[c + 4] = -1.25f;
        weights[2 * c] = 0.5f;
        float[] transitions = new float[c * c];
        transitions[5] = 0.75f;
        return new NerModel(new int[] {42, -7, 1 << 30}, weights, transitions, new float[c]);
    }

    private static byte[] bytes(NerModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void aWrittenModelReadsBackWithTheSameScores() throws IOException {
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes(model())));
        FeatureSink f = new FeatureSink();
        f.add(42);
        f.add(-7);
        f.add(99); // unknown: no score
        float[] scores = new float[Labels.COUNT];
        read.score(f, scores, 0);
        assertThat(scores[1]).isCloseTo(2.5f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(scores[4]).isCloseTo(-1.25f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(read.transitions()[5]).isEqualTo(0.75f);
        assertThat(read.features()).isEqualTo(3);
    }

    @Test
    void theSameModelIsWrittenAsTheSameBytes() throws IOException {
        assertThat(bytes(model())).isEqualTo(bytes(model()));
    }

    @Test
    void somethingElseIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }
}
