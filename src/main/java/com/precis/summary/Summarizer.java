package com.precis.summary;

import com.precis.document.Actor;
import com.precis.document.Quote;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the sentences of the extractive summary, returned in article order.
 *
 * <p>News puts its point first and opens each section with that section's point, so a sentence
 * scores for where it stands (the lead, the first sentence after a heading) and for what it
 * shares with the rest of the article (centrality: the idf-weighted words it has in common with
 * every other sentence, computed in one pass), the headline and the headings, and its salient
 * actors. Sentences are then taken best first, skipping any that mostly repeat one already taken.
 */
public final class Summarizer {

    static final int MIN_SENTENCES = 3;
    static final int MAX_SENTENCES = 5;
    private static final int SENTENCES_PER_SUMMARY_SENTENCE = 6;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    private static final double REDUNDANT_OVERLAP = 0.5;

    private static final double LEAD_WEIGHT = 1.0;
    private static final double SECTION_LEAD_WEIGHT = 0.5;
    private static final double CENTRALITY_WEIGHT = 1.0;
    private static final double TOPIC_WEIGHT = 0.6;
    private static final double ACTOR_WEIGHT = 0.3;
    private static final double QUOTE_PENALTY = 0.4;

    public static Summarizer standard() {
        return new Summarizer();
    }

    public List<String> summarize(ArticleText text, String title, List<Actor> actors, List<Quote> quotes) {
        List<Sentence> sentences = text.sentences();
        List<Candidate> candidates = candidates(text, sentences, quotes);
        if (candidates.isEmpty()) {
            return fallback(sentences);
        }
        score(candidates, sentences, title, actors);
        int wanted = Math.max(MIN_SENTENCES, Math.min(MAX_SENTENCES,
                Math.round((float) candidates.size() / SENTENCES_PER_SUMMARY_SENTENCE)));
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> c.sentence.index()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() == wanted) {
                break;
            }
            if (chosen.stream().noneMatch(other -> overlap(c.words, other.words) >= REDUNDANT_OVERLAP)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.sentence.index()));
        List<String> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            out.add(c.sentence.text());
        }
        return out;
    }

    private static List<Candidate> candidates(ArticleText text, List<Sentence> sentences, List<Quote> quotes) {
        Set<Integer> quoteSentences = new java.util.HashSet<>();
        for (Quote q : quotes) {
            quoteSentences.add(q.sentenceIndex());
        }
        List<Candidate> out = new ArrayList<>();
        boolean afterHeading = false;
        int previousBlock = -1;
        for (Sentence s : sentences) {
            if (s.heading()) {
                afterHeading = true;
                previousBlock = s.block();
                continue;
            }
            boolean sectionLead = afterHeading && s.block() != previousBlock;
            afterHeading = false;
            previousBlock = s.block();
            List<String> words = Words.of(s.text());
            if (words.size() < MIN_WORDS || words.size() > MAX_WORDS || s.text().endsWith("?")) {
                continue;
            }
            out.add(new Candidate(s, words, sectionLead, quoteSentences.contains(s.index())));
        }
        return out;
    }

    private static void score(List<Candidate> candidates, List<Sentence> sentences, String title, List<Actor> actors) {
        Map<String, Integer> sentenceFrequency = new HashMap<>();
        for (Candidate c : candidates) {
            for (String w : c.distinct()) {
                sentenceFrequency.merge(w, 1, Integer::sum);
            }
        }
        int n = candidates.size();
        Set<String> topic = new java.util.HashSet<>(Words.of(title == null ? "" : title));
        for (Sentence s : sentences) {
            if (s.heading()) {
                topic.addAll(Words.of(s.text()));
            }
        }
        List<String> actorNames = new ArrayList<>();
        Map<String, Double> salience = new HashMap<>();
        for (Actor a : actors) {
            String key = a.name().toLowerCase(Locale.ROOT);
            actorNames.add(key);
            salience.put(key, a.salience());
        }
        double[] centrality = new double[n];
        double[] topical = new double[n];
        double[] actorScore = new double[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double weight = 0;
            double topicWeight = 0;
            for (String w : c.distinct()) {
                int df = sentenceFrequency.get(w);
                double idf = Math.log((double) (n + 1) / df);
                weight += idf * (df - 1);
                if (topic.contains(w)) {
                    topicWeight += idf;
                }
            }
            double norm = Math.sqrt(c.distinct().size());
            centrality[i] = weight / norm;
            topical[i] = topicWeight / norm;
            String lower = c.sentence.text().toLowerCase(Locale.ROOT);
            for (String name : actorNames) {
                if (lower.contains(name)) {
                    actorScore[i] += salience.get(name);
                }
            }
        }
        normalize(centrality);
        normalize(topical);
        normalize(actorScore);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double lead = i == 0 ? 1 : 1.0 / (1 + i);
            c.score = LEAD_WEIGHT * lead
                    + (c.sectionLead ? SECTION_LEAD_WEIGHT : 0)
                    + CENTRALITY_WEIGHT * centrality[i]
                    + TOPIC_WEIGHT * topical[i]
                    + ACTOR_WEIGHT * actorScore[i]
                    - (c.quoted ? QUOTE_PENALTY : 0);
        }
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

    private static double overlap(List<String> a, List<String> b) {
        Set<String> sa = new java.util.HashSet<>(a);
        Set<String> sb = new java.util.HashSet<>(b);
        int shared = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                shared++;
            }
        }
        return (double) shared / Math.max(1, Math.min(sa.size(), sb.size()));
    }

    /** Articles of very short sentences: their first ones, rather than nothing. */
    private static List<String> fallback(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.heading() && out.size() < MIN_SENTENCES) {
                out.add(s.text());
            }
        }
        return out;
    }

    private static final class Candidate {
        final Sentence sentence;
        final List<String> words;
        final boolean sectionLead;
        final boolean quoted;
        double score;
        private Set<String> distinct;

        Candidate(Sentence sentence, List<String> words, boolean sectionLead, boolean quoted) {
            this.sentence = sentence;
            this.words = words;
            this.sectionLead = sectionLead;
            this.quoted = quoted;
        }

        double score() {
            return score;
        }

        Set<String> distinct() {
            if (distinct == null) {
                distinct = new java.util.HashSet<>(words);
            }
            return distinct;
        }
    }
}
