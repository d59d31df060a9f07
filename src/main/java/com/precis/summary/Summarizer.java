package com.precis.summary;

import com.precis.document.Actor;
import com.precis.document.Quote;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the sentences of the extractive summary, returned in article order.
 *
 * <p>News puts its point first and opens each section with that section's point, so a sentence
 * scores for where it stands (the lead; the first sentence after a heading, as far as it states
 * what the heading announces) and for what it
 * shares with the rest of the article (centrality: the idf-weighted words it has in common with
 * every other sentence, computed in one pass) and with the headline and headings. Sentences are
 * then taken greedily, each time adding to that score the salience of the actors the sentence
 * would add to those the summary already covers, and a bonus when a named actor is the subject of
 * its main clause: a summary should say who did what, not repeat the same actors. A sentence
 * that mostly repeats one already taken is skipped.
 */
public final class Summarizer {

    static final int MIN_SENTENCES = 3;
    static final int MAX_SENTENCES = 5;
    private static final int WORDS_PER_SUMMARY_SENTENCE = 120;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    private static final int FALLBACK_MAX_CHARS = 1000;
    private static final double REDUNDANT_OVERLAP = 0.5;

    private static final double LEAD_WEIGHT = 1.0;
    private static final double SECTION_LEAD_WEIGHT = 0.8;
    private static final double CENTRALITY_WEIGHT = 1.0;
    private static final double TOPIC_WEIGHT = 0.6;
    private static final double COVERAGE_WEIGHT = 1.0;
    private static final double MIN_GAIN_SCALE = 0.25;
    private static final double AGENT_WEIGHT = 0.4;
    private static final double QUOTE_PENALTY = 0.4;

    public static Summarizer standard() {
        return new Summarizer();
    }

    public List<String> summarize(ArticleText text, String title, List<Actor> actors, List<Quote> quotes) {
        List<Sentence> sentences = text.sentences();
        List<Candidate> candidates = candidates(sentences, quotes);
        if (candidates.isEmpty()) {
            return fallback(sentences);
        }
        score(candidates, sentences, title);
        int words = 0;
        for (Candidate c : candidates) {
            words += c.words.size();
        }
        int wanted = Math.max(MIN_SENTENCES, Math.min(MAX_SENTENCES,
                Math.round((float) words / WORDS_PER_SUMMARY_SENTENCE)));
        List<Candidate> chosen = choose(candidates, actors, wanted);
        chosen.sort(Comparator.comparingInt(c -> c.sentence.index()));
        List<String> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            out.add(c.sentence.text());
        }
        return out;
    }

    /** Greedy: the best score plus coverage gain each round, skipping near-repeats. */
    private static List<Candidate> choose(List<Candidate> candidates, List<Actor> actors, int wanted) {
        ActorMentions mentions = ActorMentions.of(actors, candidates.stream().map(c -> c.sentence.text()).toList());
        double firstRoundGain = maxGain(mentions, candidates.size(), Set.of());
        Set<Integer> covered = new HashSet<>();
        List<Candidate> chosen = new ArrayList<>();
        // taken, or a near-repeat of one taken: out for good, so each round compares with the newest choice only
        boolean[] out = new boolean[candidates.size()];
        while (chosen.size() < wanted) {
            // relative to what is left to cover, but a few minor actors never weigh like the main ones
            double scale = Math.max(maxGain(mentions, candidates.size(), covered), firstRoundGain * MIN_GAIN_SCALE);
            Candidate newest = chosen.isEmpty() ? null : chosen.get(chosen.size() - 1);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (!out[i] && newest != null && repeats(c, newest)) {
                    out[i] = true;
                }
                if (out[i]) {
                    continue;
                }
                double gain = scale > 0 ? mentions.gain(i, covered) / scale : 0;
                double score = c.score + COVERAGE_WEIGHT * gain + (mentions.actorLed(i) ? AGENT_WEIGHT : 0);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            out[best] = true;
            chosen.add(candidates.get(best));
            covered.addAll(mentions.actorsIn(best));
        }
        return chosen;
    }

    private static double maxGain(ActorMentions mentions, int candidates, Set<Integer> covered) {
        double max = 0;
        for (int i = 0; i < candidates; i++) {
            max = Math.max(max, mentions.gain(i, covered));
        }
        return max;
    }

    private static boolean repeats(Candidate c, Candidate chosen) {
        return overlap(c.distinct(), chosen.distinct()) >= REDUNDANT_OVERLAP;
    }

    private static List<Candidate> candidates(List<Sentence> sentences, List<Quote> quotes) {
        // a sentence that is someone's words reports less than one that says what happened
        Set<Integer> quoteSentences = new HashSet<>();
        for (Quote q : quotes) {
            if (q.kind() == com.precis.document.QuoteKind.DIRECT) {
                quoteSentences.add(q.sentenceIndex());
            }
        }
        List<Candidate> out = new ArrayList<>();
        Sentence heading = null;
        int previousBlock = -1;
        for (Sentence s : sentences) {
            if (s.heading()) {
                heading = s;
                previousBlock = s.block();
                continue;
            }
            Set<String> sectionHeading = heading != null && s.block() != previousBlock
                    ? new HashSet<>(Words.of(heading.text())) : Set.of();
            heading = null;
            previousBlock = s.block();
            List<String> words = Words.of(s.text());
            if (words.size() < MIN_WORDS || words.size() > MAX_WORDS || s.text().endsWith("?")) {
                continue;
            }
            out.add(new Candidate(s, words, sectionHeading, quoteSentences.contains(s.index())));
        }
        return out;
    }

    private static void score(List<Candidate> candidates, List<Sentence> sentences, String title) {
        Map<String, Integer> sentenceFrequency = new HashMap<>();
        for (Candidate c : candidates) {
            for (String w : c.distinct()) {
                sentenceFrequency.merge(w, 1, Integer::sum);
            }
        }
        int n = candidates.size();
        Set<String> topic = new HashSet<>(Words.of(title == null ? "" : title));
        for (Sentence s : sentences) {
            if (s.heading()) {
                topic.addAll(Words.of(s.text()));
            }
        }
        double[] centrality = new double[n];
        double[] topical = new double[n];
        double[] sectionLead = new double[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            sectionLead[i] = headingCoverage(c, sentenceFrequency, n);
            double weight = 0;
            double topicWeight = 0;
            for (String w : c.distinct()) {
                int df = sentenceFrequency.get(w);
                double idf = Math.log((double) (n + 1) / df);
                weight += idf * (df - 1); // the idf-weighted overlap with every other sentence, summed
                if (topic.contains(w)) {
                    topicWeight += idf;
                }
            }
            double norm = Math.sqrt(c.distinct().size());
            centrality[i] = weight / norm;
            topical[i] = topicWeight / norm;
        }
        normalize(centrality);
        normalize(topical);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double lead = 1.0 / (1 + i);
            c.score = LEAD_WEIGHT * lead
                    + SECTION_LEAD_WEIGHT * sectionLead[i]
                    + CENTRALITY_WEIGHT * centrality[i]
                    + TOPIC_WEIGHT * topical[i]
                    - (c.quoted ? QUOTE_PENALTY : 0);
        }
    }

    /**
     * For the first sentence after a heading: how much of the heading it states, by idf weight (a
     * section lead matters as far as it says what the heading announces); 0 for other sentences.
     */
    private static double headingCoverage(Candidate c, Map<String, Integer> sentenceFrequency, int n) {
        double all = 0;
        double stated = 0;
        for (String w : c.sectionHeading) {
            double idf = Math.log((double) (n + 1) / (sentenceFrequency.getOrDefault(w, 0) + 1)) + 1;
            all += idf;
            if (c.distinct.contains(w)) {
                stated += idf;
            }
        }
        return all == 0 ? 0 : stated / all;
    }

    /** Scales to [0, 1] by the maximum, so each feature weighs the same whatever the article's length. */
    private static void normalize(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= max;
            }
        }
    }

    private static double overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / Math.max(1, Math.min(a.size(), b.size()));
    }

    /**
     * Articles of very short sentences: their first ones, rather than nothing. A run-on "sentence"
     * of thousands of words (a page without punctuation) is no summary and is left out.
     */
    private static List<String> fallback(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.heading() && out.size() < MIN_SENTENCES && s.text().length() <= FALLBACK_MAX_CHARS) {
                out.add(s.text());
            }
        }
        return out;
    }

    private static final class Candidate {
        final Sentence sentence;
        final List<String> words;
        /** The words of the heading this sentence opens the section of; empty for other sentences. */
        final Set<String> sectionHeading;
        final boolean quoted;
        final Set<String> distinct;
        double score;

        Candidate(Sentence sentence, List<String> words, Set<String> sectionHeading, boolean quoted) {
            this.sentence = sentence;
            this.words = words;
            this.sectionHeading = sectionHeading;
            this.quoted = quoted;
            this.distinct = new HashSet<>(words);
        }

        Set<String> distinct() {
            return distinct;
        }
    }
}
