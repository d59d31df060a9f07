package com.precis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Learns the weights of {@link SpeakerScore} from examples, each one quote's candidates with the
 * gold ones marked, and the threshold below which no speaker is given. Deterministic.
 */
public final class SpeakerTrainer {

    /** One quote: its candidates' features, and which candidates are the gold speaker. */
    public record Example(List<Set<SpeakerFeature>> candidates, boolean[] gold) {

        /** An example teaches only when a gold and a wrong candidate compete. */
        boolean teaches() {
            boolean anyGold = false;
            boolean anyWrong = false;
            for (boolean g : gold) {
                anyGold |= g;
                anyWrong |= !g;
            }
            return anyGold && anyWrong;
        }
    }

    /** Passes of full-batch gradient descent, and the step size. */
    static final int ITERATIONS = 3_000;
    private static final double STEP = 0.5;
    /** The prior: the old rules' order, scaled; and how strongly the weights are held to it (L2). */
    static final double PRIOR_SCALE = 0.05;
    static final double L2 = 0.001;

    private SpeakerTrainer() {
    }

    /**
     * The old rules' order of precedence as weights: a tied cue before the quote, then one after it,
     * any cue in its sentence, a text as subject, a quote it repeats or continues, the sentence
     * before, then the last speaker. Training examples are made with it, so that the learned weights
     * depend on the corpus and the code only, not on the weights shipped before.
     */
    public static SpeakerScore ruleOrder() {
        double[] w = new double[SpeakerFeature.values().length];
        w[SpeakerFeature.CUE_BEFORE_TIED.ordinal()] = 100;
        w[SpeakerFeature.CUE_AFTER_TIED.ordinal()] = 90;
        w[SpeakerFeature.CUE_AFTER.ordinal()] = 90;
        w[SpeakerFeature.CUE_IN_SENTENCE.ordinal()] = 80;
        w[SpeakerFeature.TEXT_SUBJECT.ordinal()] = 70;
        w[SpeakerFeature.ECHO.ordinal()] = 60;
        w[SpeakerFeature.CONTINUES_QUOTE.ordinal()] = 50;
        w[SpeakerFeature.CUE_SENTENCE_BEFORE.ordinal()] = 40;
        w[SpeakerFeature.OPENS_SENTENCE_BEFORE.ordinal()] = 30;
        w[SpeakerFeature.ONLY_PERSON_BEFORE.ordinal()] = 20;
        w[SpeakerFeature.LAST_SPEAKER_SAME_PARAGRAPH.ordinal()] = 10;
        w[SpeakerFeature.LAST_SPEAKER_PARAGRAPH_BEFORE.ordinal()] = 10;
        w[SpeakerFeature.LAST_SPEAKER_FURTHER.ordinal()] = 10;
        return new SpeakerScore(w, 5);
    }

    /**
     * The weights of a conditional logit model: the probability of a candidate is the softmax of its
     * score among the quote's candidates; the weights maximise the probability of the gold candidates,
     * less an L2 penalty that holds each weight near the old rules' order ({@link #ruleOrder()} times
     * {@link #PRIOR_SCALE}), so that a feature the data hardly shows keeps the precedence it had,
     * and each weight on the side its {@link SpeakerFeature#sign()} allows. Full-batch projected
     * gradient descent from the prior: no randomness, the same weights every run.
     */
    public static double[] train(List<Example> examples) {
        return train(examples, PRIOR_SCALE, L2);
    }

    /**
     * The share of examples whose best candidate is gold, each scored by weights trained on the other
     * folds (contiguous runs of examples, so a document's quotes mostly stay together): how the
     * prior's scale and the L2 strength were chosen.
     */
    public static double crossValidate(List<Example> examples, double priorScale, double l2, int folds) {
        List<Example> teaching = teaching(examples);
        int right = 0;
        for (int fold = 0; fold < folds; fold++) {
            int from = teaching.size() * fold / folds;
            int to = teaching.size() * (fold + 1) / folds;
            List<Example> train = new ArrayList<>(teaching.subList(0, from));
            train.addAll(teaching.subList(to, teaching.size()));
            SpeakerScore score = new SpeakerScore(train(train, priorScale, l2), 0);
            for (Example e : teaching.subList(from, to)) {
                right += e.gold()[score.bestOf(e.candidates())] ? 1 : 0;
            }
        }
        return teaching.isEmpty() ? 0 : (double) right / teaching.size();
    }

    static double[] train(List<Example> examples, double priorScale, double l2) {
        int n = SpeakerFeature.values().length;
        double[] prior = new double[n];
        SpeakerScore rules = ruleOrder();
        for (SpeakerFeature f : SpeakerFeature.values()) {
            prior[f.ordinal()] = priorScale * rules.weight(f);
        }
        List<Example> teaching = teaching(examples);
        double[] w = prior.clone();
        double[] gradient = new double[n];
        for (int it = 0; it < ITERATIONS && !teaching.isEmpty(); it++) {
            java.util.Arrays.fill(gradient, 0);
            for (Example e : teaching) {
                addGradient(e, w, gradient);
            }
            for (SpeakerFeature f : SpeakerFeature.values()) {
                int i = f.ordinal();
                w[i] += STEP * (gradient[i] / teaching.size() - 2 * l2 * (w[i] - prior[i]));
                if (f.sign() == SpeakerFeature.Sign.FOR && w[i] < 0 || f.sign() == SpeakerFeature.Sign.AGAINST && w[i] > 0) {
                    w[i] = 0; // projected back onto the side the feature may weigh
                }
            }
        }
        return w;
    }

    private static List<Example> teaching(List<Example> examples) {
        List<Example> out = new ArrayList<>();
        for (Example e : examples) {
            if (e.teaches()) {
                out.add(e);
            }
        }
        return out;
    }

    /** Adds the gradient of log P(gold) for one example: the gold's expected features less the model's. */
    private static void addGradient(Example e, double[] w, double[] gradient) {
        int k = e.candidates().size();
        double[] s = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            s[i] = score(w, e.candidates().get(i));
            max = Math.max(max, s[i]);
        }
        double all = 0;
        double gold = 0;
        for (int i = 0; i < k; i++) {
            s[i] = Math.exp(s[i] - max);
            all += s[i];
            if (e.gold()[i]) {
                gold += s[i];
            }
        }
        for (int i = 0; i < k; i++) {
            double weight = (e.gold()[i] ? s[i] / gold : 0) - s[i] / all;
            for (SpeakerFeature f : e.candidates().get(i)) {
                gradient[f.ordinal()] += weight;
            }
        }
    }

    private static double score(double[] w, Set<SpeakerFeature> features) {
        double s = 0;
        for (SpeakerFeature f : features) {
            s += w[f.ordinal()];
        }
        return s;
    }

    /**
     * The threshold that does best on the examples: the most right decisions less half the wrong
     * speakers given (a wrong speaker is worse than none), the lowest such threshold on a tie. Each
     * example is its candidates, its gold and whether the gold names nobody.
     */
    public static double threshold(double[] weights, List<Example> examples, boolean[] goldNone) {
        SpeakerScore score = new SpeakerScore(weights, 0);
        List<Double> cuts = new ArrayList<>();
        double[] top = new double[examples.size()];
        int[] best = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            best[i] = score.bestOf(e.candidates());
            top[i] = best[i] < 0 ? Double.NEGATIVE_INFINITY : score.score(e.candidates().get(best[i]));
            if (best[i] >= 0) {
                cuts.add(top[i]);
            }
        }
        cuts.add(Double.POSITIVE_INFINITY);
        cuts.sort(Double::compare);
        int bestIndex = 0;
        double bestUtility = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cuts.size(); k++) {
            double cut = cuts.get(k);
            double utility = 0;
            for (int i = 0; i < examples.size(); i++) {
                boolean chosen = best[i] >= 0 && top[i] >= cut;
                boolean right = goldNone[i] ? !chosen : chosen && examples.get(i).gold()[best[i]];
                utility += right ? 1 : chosen ? -0.5 : 0;
            }
            if (utility > bestUtility) {
                bestUtility = utility;
                bestIndex = k;
            }
        }
        // Halfway between the lowest score taken and the highest one left out, so that nearby scores fall alike.
        double cut = cuts.get(bestIndex);
        double below = bestIndex == 0 ? cut - 1 : cuts.get(bestIndex - 1);
        return Double.isInfinite(cut) ? below + 1 : (below + cut) / 2;
    }
}
