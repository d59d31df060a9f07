package com.precis.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores candidate speakers: the sum of the weights of their features. The best candidate is the
 * speaker when its score reaches the threshold; otherwise the quote stays unattributed, since a
 * wrong speaker is worse than none. The weights are learned by {@code precis train-speakers}
 * ({@link SpeakerTrainer}) and read from the resource {@code speaker-weights.txt}.
 */
public final class SpeakerScore {

    static final String RESOURCE = "speaker-weights.txt";

    private final double[] weights;
    private final double threshold;

    public SpeakerScore(double[] weights, double threshold) {
        if (weights.length != SpeakerFeature.values().length) {
            throw new IllegalArgumentException("expected " + SpeakerFeature.values().length + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    public static SpeakerScore standard() {
        try (InputStream in = SpeakerScore.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + "; run precis train-speakers");
            }
            List<String> lines = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(lines::add);
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads "FEATURE weight" lines and one "threshold t" line (blank lines and # comments skipped);
     * a feature not listed weighs 0.
     */
    public static SpeakerScore parse(List<String> lines) {
        double[] w = new double[SpeakerFeature.values().length];
        double threshold = 0;
        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("speaker weights: expected 'NAME number', got '" + line + "'");
            }
            double v = Double.parseDouble(parts[1]);
            if (parts[0].equals("threshold")) {
                threshold = v;
            } else {
                w[SpeakerFeature.valueOf(parts[0]).ordinal()] = v;
            }
        }
        return new SpeakerScore(w, threshold);
    }

    /** The weights in the resource's form, one feature a line, then the threshold. */
    public String format() {
        StringBuilder s = new StringBuilder();
        for (SpeakerFeature f : SpeakerFeature.values()) {
            s.append(String.format(Locale.ROOT, "%s %.4f%n", f.name(), weights[f.ordinal()]));
        }
        s.append(String.format(Locale.ROOT, "threshold %.4f%n", threshold));
        return s.toString();
    }

    public double weight(SpeakerFeature f) {
        return weights[f.ordinal()];
    }

    public double threshold() {
        return threshold;
    }

    public SpeakerScore withThreshold(double t) {
        return new SpeakerScore(weights, t);
    }

    public double score(Set<SpeakerFeature> features) {
        double s = 0;
        for (SpeakerFeature f : features) {
            s += weights[f.ordinal()];
        }
        return s;
    }

    /** The best candidate (the first on a tie), whatever its score; -1 when there is none. */
    public int best(List<SpeakerCandidate> candidates) {
        List<Set<SpeakerFeature>> features = new ArrayList<>(candidates.size());
        for (SpeakerCandidate c : candidates) {
            features.add(c.features());
        }
        return bestOf(features);
    }

    /** The best of candidates given by their features (the first on a tie); -1 when there is none. */
    public int bestOf(List<Set<SpeakerFeature>> candidates) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double s = score(candidates.get(i));
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    /** The chosen candidate: the best, when its score reaches the threshold; else -1. */
    public int choose(List<SpeakerCandidate> candidates) {
        int best = best(candidates);
        return best >= 0 && score(candidates.get(best).features()) >= threshold ? best : -1;
    }
}
