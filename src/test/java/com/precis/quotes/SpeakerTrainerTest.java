package com.precis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Training and scoring the speaker weights, on small made-up examples. */
class SpeakerTrainerTest {

    private static SpeakerTrainer.Example example(Set<SpeakerFeature> gold, Set<SpeakerFeature> wrong) {
        return new SpeakerTrainer.Example(List.of(gold, wrong), new boolean[] {true, false});
    }

    /** Gold candidates are the cue's subject; wrong ones the last speaker, some of them inside the quote. */
    private static List<SpeakerTrainer.Example> examples() {
        List<SpeakerTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(example(EnumSet.of(SpeakerFeature.CUE_AFTER_TIED, SpeakerFeature.PERSON),
                    i % 2 == 0 ? EnumSet.of(SpeakerFeature.LAST_SPEAKER_SAME_PARAGRAPH, SpeakerFeature.PERSON)
                            : EnumSet.of(SpeakerFeature.INSIDE_QUOTE, SpeakerFeature.PERSON)));
        }
        return out;
    }

    @Test
    void trainingIsDeterministic() {
        assertThat(SpeakerTrainer.train(examples())).containsExactly(SpeakerTrainer.train(examples()));
    }

    @Test
    void learnsWhatTellsTheGoldApart() {
        double[] w = SpeakerTrainer.train(examples());
        SpeakerScore score = new SpeakerScore(w, 0);
        assertThat(score.weight(SpeakerFeature.CUE_AFTER_TIED)).isGreaterThan(score.weight(SpeakerFeature.LAST_SPEAKER_SAME_PARAGRAPH));
        assertThat(score.weight(SpeakerFeature.INSIDE_QUOTE)).isNegative();
        for (SpeakerTrainer.Example e : examples()) {
            assertThat(score.best(List.of(candidate(e.candidates().get(0)), candidate(e.candidates().get(1))))).isZero();
        }
    }

    @Test
    void aWeightStaysOnTheSideItsSignAllows() {
        // The data say a name inside the quote speaks: its weight may not turn positive, only reach 0.
        List<SpeakerTrainer.Example> upsideDown = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            upsideDown.add(example(EnumSet.of(SpeakerFeature.INSIDE_QUOTE), EnumSet.of(SpeakerFeature.NEARBY)));
        }
        double[] w = SpeakerTrainer.train(upsideDown);
        assertThat(w[SpeakerFeature.INSIDE_QUOTE.ordinal()]).isZero();
        assertThat(SpeakerFeature.INSIDE_QUOTE.sign()).isEqualTo(SpeakerFeature.Sign.AGAINST);
    }

    @Test
    void theThresholdKeepsAWrongSpeakerOut() {
        double[] w = new double[SpeakerFeature.values().length];
        w[SpeakerFeature.CUE_AFTER_TIED.ordinal()] = 5;
        w[SpeakerFeature.NEARBY.ordinal()] = 1;
        // Tied cues are right; a quote with only a nearby name has no speaker in the gold.
        List<SpeakerTrainer.Example> examples = new ArrayList<>();
        List<Boolean> none = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            examples.add(new SpeakerTrainer.Example(List.of(EnumSet.of(SpeakerFeature.CUE_AFTER_TIED)), new boolean[] {true}));
            none.add(false);
            examples.add(new SpeakerTrainer.Example(List.of(EnumSet.of(SpeakerFeature.NEARBY)), new boolean[] {false}));
            none.add(true);
        }
        boolean[] goldNone = new boolean[none.size()];
        for (int i = 0; i < goldNone.length; i++) {
            goldNone[i] = none.get(i);
        }
        double t = SpeakerTrainer.threshold(w, examples, goldNone);
        assertThat(t).isGreaterThan(1).isLessThanOrEqualTo(5);
    }

    @Test
    void weightsReadBackAsWritten() {
        double[] w = SpeakerTrainer.train(examples());
        SpeakerScore score = new SpeakerScore(w, 0.25);
        SpeakerScore read = SpeakerScore.parse(List.of(score.format().split("\n")));
        for (SpeakerFeature f : SpeakerFeature.values()) {
            assertThat(read.weight(f)).isCloseTo(score.weight(f), org.assertj.core.data.Offset.offset(1e-4));
        }
        assertThat(read.threshold()).isEqualTo(0.25);
        assertThatThrownBy(() -> SpeakerScore.parse(List.of("NO_SUCH_FEATURE 1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedWeightsLoadAndChooseAboveTheThreshold() {
        SpeakerScore score = SpeakerScore.standard();
        SpeakerCandidate tied = candidate(EnumSet.of(SpeakerFeature.CUE_SUBJECT, SpeakerFeature.CUE_AFTER_TIED,
                SpeakerFeature.BY_NAME, SpeakerFeature.PERSON, SpeakerFeature.SAME_SENTENCE_AFTER_QUOTE,
                SpeakerFeature.DISTANCE_NEAR));
        SpeakerCandidate quoted = candidate(EnumSet.of(SpeakerFeature.NEARBY, SpeakerFeature.PERSON,
                SpeakerFeature.INSIDE_QUOTE, SpeakerFeature.TIED_CUE_NAMES_ANOTHER));
        assertThat(score.choose(List.of(quoted, tied))).isEqualTo(1);
        assertThat(score.choose(List.of())).isEqualTo(-1);
    }

    private static SpeakerCandidate candidate(Set<SpeakerFeature> features) {
        SpeakerCandidate c = new SpeakerCandidate(Attribution.unnamed("someone", null, null), "someone");
        features.forEach(c::add);
        return c;
    }
}
