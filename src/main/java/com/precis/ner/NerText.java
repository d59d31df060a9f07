package com.precis.ner;

import com.precis.actors.Token;
import com.precis.actors.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * A text as the tagger reads it: the project's tokens, grouped into sentences, with what every
 * feature needs computed once per token (lower-case hash, shapes, clusters, lexicon hits, where it
 * stands) and what the whole document says about each word's case.
 */
public final class NerText {

    /** Where a token stands: in running text, first in its sentence, or in a line of capitals or Title Case. */
    static final int RUNNING = 0;
    static final int INITIAL = 1;
    static final int SHOUTED = 2;
    static final int TITLED = 3;

    private static final long NUMBER = Hashing.lower("<number>");

    final Tokens tokens;
    final int[][] sentences;
    final long[] lower;
    final long[] shape;
    final long[] shortShape;
    final int[] position;
    final boolean[] capitalised;
    final int[] wordBits;
    final long[] gazetteer;
    final int[] fine;
    final int[] coarse;
    /** Per token: whether its word occurs elsewhere in lower case (1) and capitalised in running text (2). */
    final int[] docCase;

    private NerText(Tokens tokens, int[][] sentences) {
        int n = tokens.size();
        this.tokens = tokens;
        this.sentences = sentences;
        lower = new long[n];
        shape = new long[n];
        shortShape = new long[n];
        position = new int[n];
        capitalised = new boolean[n];
        wordBits = new int[n];
        gazetteer = new long[n];
        fine = new int[n];
        coarse = new int[n];
        docCase = new int[n];
    }

    /**
     * Reads {@code tokens} in the sentences given as character ranges {start, end} (in text order);
     * tokens outside every sentence are not tagged.
     */
    public static NerText of(Tokens tokens, List<int[]> sentenceRanges, NerLexicon lexicon, WordClusters clusters) {
        List<int[]> spans = new ArrayList<>();
        int next = 0;
        for (int[] r : sentenceRanges) {
            int from = Math.max(next, tokens.indexAtOrAfter(r[0]));
            int to = tokens.indexAtOrAfter(r[1]);
            if (to > from) {
                spans.add(new int[] {from, to});
                next = to;
            }
        }
        NerText t = new NerText(tokens, spans.toArray(new int[0][]));
        t.describeTokens(lexicon, clusters);
        for (int[] s : t.sentences) {
            t.markPositions(s[0], s[1]);
            t.matchGazetteers(s[0], s[1], lexicon);
        }
        t.readDocumentCase();
        return t;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Whether token i stands in a line written in capitals ("SOCCER - JAPAN GET LUCKY WIN"). */
    public boolean shouted(int i) {
        return position[i] == SHOUTED;
    }

    /** The sentences as token ranges {from, to}. */
    public int[][] sentences() {
        return sentences;
    }

    private void describeTokens(NerLexicon lexicon, WordClusters clusters) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            lower[i] = t.kind() == Token.Kind.NUMBER ? NUMBER : Hashing.lower(w);
            shape[i] = Shapes.shape(w, 2);
            shortShape[i] = Shapes.shape(w, 1);
            capitalised[i] = t.isWord() && Character.isUpperCase(w.codePointAt(0));
            wordBits[i] = t.isWord() ? lexicon.word(lower[i]) : 0;
            fine[i] = clusters.fine(lower[i]);
            coarse[i] = clusters.coarse(lower[i]);
        }
    }

    private void markPositions(int from, int to) {
        int words = 0;
        int caps = 0;
        int upper = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
                words++;
                caps += capitalised[i] ? 1 : 0;
                upper += t.allCaps() || t.text().length() == 1 && capitalised[i] ? 1 : 0;
            }
        }
        int kind = words >= 1 && upper * 5 >= words * 4 && upper >= 1 ? SHOUTED
                : words >= 3 && caps * 3 > words * 2 ? TITLED : RUNNING;
        boolean expectStart = true;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (kind != RUNNING) {
                position[i] = kind;
            } else if (t.isWord()) {
                position[i] = expectStart ? INITIAL : RUNNING;
                expectStart = false;
            } else if (opensClause(t)) {
                expectStart = true;
            }
        }
    }

    private static boolean opensClause(Token t) {
        String p = t.text();
        return t.kind() == Token.Kind.PUNCT && p.length() == 1 && ":“\"«„‘—([•-–".indexOf(p.charAt(0)) >= 0;
    }

    /**
     * Marks the longest gazetteer phrase of each kind over the tokens, left to right: 3 bits per
     * kind, 1 = begins, 2 = inside, 3 = last, 4 = a one-word match. Phrases start and end with a
     * capitalised word.
     */
    private void matchGazetteers(int from, int to, NerLexicon lexicon) {
        int kinds = NerLexicon.PHRASE_KINDS.length;
        int[] coveredUntil = new int[kinds];
        for (int i = from; i < to; i++) {
            if (!capitalised[i]) {
                continue;
            }
            int[] longest = new int[kinds];
            long h = 0;
            for (int j = i; j < to && j - i < NerLexicon.LONGEST_PHRASE; j++) {
                h = Hashing.then(h, lower[j]);
                if (!capitalised[j]) {
                    continue;
                }
                int bits = lexicon.phrase(h);
                for (int k = 0; bits != 0 && k < kinds; k++) {
                    if ((bits & (1 << k)) != 0) {
                        longest[k] = j - i + 1;
                    }
                }
            }
            for (int k = 0; k < kinds; k++) {
                if (longest[k] == 0 || coveredUntil[k] > i) {
                    continue;
                }
                int len = longest[k];
                for (int j = i; j < i + len; j++) {
                    long pos = len == 1 ? 4 : j == i ? 1 : j == i + len - 1 ? 3 : 2;
                    gazetteer[j] |= pos << (3 * k);
                }
                coveredUntil[k] = i + len;
            }
        }
    }

    private void readDocumentCase() {
        LongIntMap seen = new LongIntMap(Math.max(16, tokens.size() / 2));
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (Character.isLowerCase(t.text().charAt(0))) {
                seen.or(lower[i], 1);
            } else if (capitalised[i] && position[i] == RUNNING) {
                seen.or(lower[i], 2);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            docCase[i] = tokens.get(i).isWord() ? Math.max(0, seen.get(lower[i])) : 0;
        }
    }
}
