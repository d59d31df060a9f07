package com.precis.ner;

import com.precis.actors.Gazetteer;
import com.precis.actors.NameLexicon;
import com.precis.actors.Tokens;
import com.precis.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/** Shared set-up for the tagger's tests: the shipped lexicons, and made-up text read line by line. */
final class NerFixtures {

    static final NameLexicon NAMES = NameLexicon.standard();
    static final Gazetteer GAZETTEER = Gazetteer.standard();
    static final NerLexicon LEXICON = NerLexicon.standard(NAMES, GAZETTEER);
    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

    private NerFixtures() {
    }

    /** Each line split into sentences by the project's splitter. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            for (int[] r : SPLITTER.split(line)) {
                out.add(new int[] {start + r[0], start + r[1]});
            }
            start += line.length() + 1;
        }
        return out;
    }

    static NerText read(String text, WordClusters clusters) {
        return NerText.of(Tokens.of(text), sentences(text), LEXICON, clusters);
    }

    static NerText read(String text) {
        return read(text, WordClusters.none());
    }

    static int token(NerText t, String word) {
        for (int i = 0; i < t.tokens.size(); i++) {
            if (t.tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not a token");
    }

    static int tokenAfter(NerText t, String word, int from) {
        for (int i = from; i < t.tokens.size(); i++) {
            if (t.tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not a token after " + from);
    }

    static int[] features(TokenFeatures family, NerText t, int i) {
        int[] s = sentenceOf(t, i);
        FeatureSink sink = new FeatureSink();
        family.add(t, s[0], s[1], i, sink);
        return sink.toArray();
    }

    static int[] sentenceOf(NerText t, int i) {
        for (int[] s : t.sentences) {
            if (s[0] <= i && i < s[1]) {
                return s;
            }
        }
        throw new AssertionError("token " + i + " in no sentence");
    }
}
