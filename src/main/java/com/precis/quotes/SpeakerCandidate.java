package com.precis.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One speaker a quote may have, with what is known of them: the features {@link SpeakerScore}
 * weighs, a readable name, and where the text names them near the quote (for training, which
 * matches these places against gold speaker spans).
 */
public final class SpeakerCandidate {

    private final Attribution speaker;
    private final String name;
    private final EnumSet<SpeakerFeature> features = EnumSet.noneOf(SpeakerFeature.class);
    private final List<int[]> places = new ArrayList<>(2);

    SpeakerCandidate(Attribution speaker, String name) {
        this.speaker = speaker;
        this.name = name;
    }

    Attribution speaker() {
        return speaker;
    }

    /** The actor's name, the missed name, or the unnamed source's description. */
    public String name() {
        return name;
    }

    public Set<SpeakerFeature> features() {
        return Collections.unmodifiableSet(features);
    }

    /** Where the text names this candidate near the quote: character ranges [start, end) of the article text. */
    public List<int[]> places() {
        return Collections.unmodifiableList(places);
    }

    void add(SpeakerFeature f) {
        features.add(f);
    }

    boolean has(SpeakerFeature f) {
        return features.contains(f);
    }

    void place(int start, int end) {
        if (start >= 0 && end > start) {
            places.add(new int[] {start, end});
        }
    }

    /** Was proposed by a cue of the quote's own (not by what came before it). */
    boolean fromCue() {
        return has(SpeakerFeature.CUE_BEFORE_TIED) || has(SpeakerFeature.CUE_AFTER_TIED) || has(SpeakerFeature.CUE_AFTER)
                || has(SpeakerFeature.CUE_IN_SENTENCE) || has(SpeakerFeature.TEXT_SUBJECT);
    }

    @Override
    public String toString() {
        return name + " " + features;
    }
}
