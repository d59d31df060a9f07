package com.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void tokensAreLowerCasedRunsOfLettersDigitsAndUnderscores() {
        assertThat(ShingleMatch.tokens("It's 4:30 — Über_cool, n'est-ce pas?"))
                .containsExactly("it", "s", "4", "30", "über_cool", "n", "est", "ce", "pas");
    }

    @Test
    void identicalTextsMatchCompletely() {
        ShingleMatch m = ShingleMatch.of("one two three four five", "One two three, four five.");
        assertThat(m.tp()).isEqualTo(1.0);
        assertThat(m.f1()).isEqualTo(1.0);
    }

    @Test
    void countsAreNormalisedToSumOne() {
        // gold shingles: a b c d / b c d e ; predicted: a b c d / b c d x
        ShingleMatch m = ShingleMatch.of("a b c d e", "a b c d x");
        assertThat(m.tp()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(m.fp()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(m.fn()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(m.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aTextShorterThanAShingleIsOneShingle() {
        assertThat(ShingleMatch.shingles("just two")).containsOnlyKeys("just\u0001two");
        assertThat(ShingleMatch.shingles("")).isEmpty();
    }

    @Test
    void emptyPredictionHasNoPrecisionAndZeroRecall() {
        ShingleMatch m = ShingleMatch.of("a b c d e f", "");
        assertThat(m.hasPrediction()).isFalse();
        assertThat(m.recall()).isZero();
    }

    @Test
    void scoresAverageOverDocumentsThenTakeTheHarmonicMean() {
        ShingleMatch perfect = ShingleMatch.of("a b c d e", "a b c d e");
        ShingleMatch half = ShingleMatch.of("a b c d e", "a b c d x");
        ShingleMatch nothing = ShingleMatch.of("a b c d e", "");
        ExtractionScore s = ExtractionScore.of(List.of(perfect, half, nothing));
        assertThat(s.precision()).isCloseTo((1 + 0.5) / 2, within(1e-9)); // the empty one has no precision
        assertThat(s.recall()).isCloseTo((1 + 0.5 + 0) / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.5 / 1.25, within(1e-9));
    }
}
