package com.precis.ner.train;

import com.precis.actors.Token;
import com.precis.actors.Tokens;
import com.precis.ner.Entity;
import com.precis.ner.NerTagger;
import com.precis.ner.NerText;
import com.precis.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold document read the way the tagger reads an article: each line split into sentences by the
 * project's splitter, tokenised by the project's tokenizer, and its names mapped onto tokens. Names
 * that do not start and end on token boundaries ("Seattle" in "Seattle-based") cannot be tagged and
 * are counted as missed, never dropped from the gold.
 */
record PreparedDocument(GoldDocument gold, NerText text, List<Entity> entities, int misaligned, List<int[]> sentenceRanges) {

    static PreparedDocument of(GoldDocument gold, NerTagger tagger, SentenceSplitter splitter) {
        String text = gold.text();
        List<int[]> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (int[] r : splitter.split(line)) {
                    sentences.add(new int[] {lineStart + r[0], lineStart + r[1]});
                }
            }
            lineStart = lineEnd + 1;
        }
        Tokens tokens = Tokens.of(text);
        NerText read = tagger.read(tokens, sentences);
        List<Entity> entities = new ArrayList<>();
        int misaligned = 0;
        for (GoldSpan s : gold.spans()) {
            int first = tokens.indexAtOrAfter(s.start());
            int end = tokens.indexBefore(s.end());
            boolean aligned = first < end && tokens.get(first).start() == s.start()
                    && tokens.get(end - 1).end() == s.end();
            if (aligned && (entities.isEmpty() || entities.get(entities.size() - 1).endToken() <= first)
                    && inOneSentence(read, first, end)) {
                entities.add(new Entity(first, end, s.type()));
            } else {
                misaligned++;
            }
        }
        return new PreparedDocument(gold, read, entities, misaligned, sentences);
    }

    private static boolean inOneSentence(NerText text, int first, int end) {
        for (int[] s : text.sentences()) {
            if (s[0] <= first && end <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The character span of an entity over this document's tokens. */
    static GoldSpan span(Tokens tokens, Entity e) {
        Token first = tokens.get(e.firstToken());
        Token last = tokens.get(e.endToken() - 1);
        return new GoldSpan(first.start(), last.end(), e.type());
    }
}
