package com.precis.ner;

import com.precis.actors.Gazetteer;
import com.precis.actors.NameLexicon;
import com.precis.actors.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people, organisations and places a text names: a trained averaged perceptron over
 * BILOU labels, decoded sentence by sentence with Viterbi, then a document pass that keeps each
 * name's type across the article ({@link DocumentConsistency}). Build it once; it is thread-safe.
 * Linear in the input: sentences longer than {@link #CHUNK} tokens are decoded in pieces.
 */
public final class NerTagger {

    static final int CHUNK = 200;

    private final NerModel model;
    private final NerLexicon lexicon;
    private final WordClusters clusters;
    private final NerFeatures features = new NerFeatures();

    public NerTagger(NerModel model, NerLexicon lexicon, WordClusters clusters) {
        this.model = model;
        this.lexicon = lexicon;
        this.clusters = clusters;
    }

    public static NerTagger standard(NameLexicon names, Gazetteer gazetteer) {
        return new NerTagger(NerModel.standard(), NerLexicon.standard(names, gazetteer), WordClusters.standard());
    }

    /** The text as the tagger reads it, sentences given as character ranges {start, end}. */
    public NerText read(Tokens tokens, List<int[]> sentenceRanges) {
        return NerText.of(tokens, sentenceRanges, lexicon, clusters);
    }

    /** The names of the text, with the document pass. */
    public List<Entity> tag(NerText text) {
        return DocumentConsistency.apply(text, tagSentences(text));
    }

    /** The names of each sentence on its own, without the document pass. */
    public List<Entity> tagSentences(NerText text) {
        List<Entity> out = new ArrayList<>();
        FeatureSink sink = new FeatureSink();
        float[] local = new float[CHUNK * Labels.COUNT];
        for (int[] s : text.sentences) {
            for (int from = s[0]; from < s[1]; from += CHUNK) {
                int to = Math.min(s[1], from + CHUNK);
                int n = to - from;
                java.util.Arrays.fill(local, 0, n * Labels.COUNT, 0f);
                for (int i = from; i < to; i++) {
                    features.extract(text, s[0], s[1], i, sink);
                    model.score(sink, local, (i - from) * Labels.COUNT);
                }
                int[] labels = Viterbi.decode(local, n, model.transitions(), model.starts());
                out.addAll(Labels.decode(labels, n, from));
            }
        }
        return out;
    }
}
