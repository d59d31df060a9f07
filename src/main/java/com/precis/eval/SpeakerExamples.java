package com.precis.eval;

import com.precis.actors.ActorExtractor;
import com.precis.actors.ActorSet;
import com.precis.quotes.QuoteExtractor;
import com.precis.quotes.QuoteExtractor.SpeakerDecision;
import com.precis.quotes.SpeakerCandidate;
import com.precis.quotes.SpeakerFeature;
import com.precis.text.ArticleText;
import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import com.precis.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Speaker decisions labelled with the gold: which candidates are the gold speaker. A candidate is
 * the gold speaker when its name's head word (last name, or head noun of a description) is the gold
 * name's or the gold span's, as the measures compare speakers; an unnamed source or quoted text also
 * when the words it was read from overlap the gold span. Used to train the weights and to score
 * speaker choice on the GUM corpus and the annotated articles.
 */
public final class SpeakerExamples {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her", "them",
            "his", "its", "their", "one");

    /**
     * One decision and its gold: {@code gold[i]} says candidate i is the speaker; {@code goldNone} that
     * the gold names nobody; {@code named} that the gold speaker is named at this quote (not a pronoun
     * or title).
     */
    public record Labelled(SpeakerDecision decision, boolean[] gold, boolean goldNone, boolean named) {

        /** The gold speaker is among the candidates. */
        public boolean reachable() {
            for (boolean g : gold) {
                if (g) {
                    return true;
                }
            }
            return false;
        }

        /** The decision is right: the chosen candidate is the speaker, or none chosen when the gold names nobody. */
        public boolean right(int chosen) {
            return goldNone ? chosen < 0 : chosen >= 0 && gold[chosen];
        }

        public List<Set<SpeakerFeature>> features() {
            List<Set<SpeakerFeature>> out = new ArrayList<>();
            for (SpeakerCandidate c : decision.candidates()) {
                out.add(c.features());
            }
            return out;
        }
    }

    private final ActorExtractor actors;
    private final QuoteExtractor quotes;

    public SpeakerExamples(ActorExtractor actors, QuoteExtractor quotes) {
        this.actors = actors;
        this.quotes = quotes;
    }

    /** The decisions on a GUM document's direct quotes that match a gold quote. */
    public List<Labelled> gumQuotes(GumCorpus.Document d) {
        ActorSet set = actors.extract(d.text());
        List<SpeakerDecision> decisions = new ArrayList<>();
        quotes.extract(d.text(), set, decisions::add);
        List<Labelled> out = new ArrayList<>();
        boolean[] used = new boolean[d.quotes().size()];
        for (SpeakerDecision decision : decisions) {
            int match = -1;
            for (int g = 0; g < d.quotes().size() && match < 0; g++) {
                GumCorpus.Span s = d.quotes().get(g).span();
                if (!used[g] && overlapsMostly(decision.start(), decision.end(), s.start(), s.end())) {
                    match = g;
                }
            }
            if (match >= 0) {
                used[match] = true;
                out.add(label(decision, d.quotes().get(match).source()));
            }
        }
        return out;
    }

    /** The gold quotes of a document that have a speaker, for recall. */
    public static int attributedQuotes(GumCorpus.Document d) {
        int n = 0;
        for (GumCorpus.GoldQuote q : d.quotes()) {
            if (q.source() != null) {
                n++;
            }
        }
        return n;
    }

    /** One decision per gold attribution relation of a GUM document, its content taken as the quote. */
    public List<Labelled> gumRelations(GumCorpus.Document d) {
        ActorSet set = actors.extract(d.text());
        List<Labelled> out = new ArrayList<>();
        for (GumCorpus.Relation r : d.relations()) {
            // A content that holds its own source (GUM's content spans are approximate) is no quote with a speaker.
            if (r.content().end() > r.content().start() && r.source() != null && !overlap(r.content(), r.source().span())) {
                out.add(label(quotes.decide(d.text(), set, r.content().start(), r.content().end()), r.source()));
            }
        }
        return out;
    }

    /** The decisions on an annotated article's quotes that match a gold quote (token-set Jaccard ≥ 0.5). */
    public List<Labelled> annotated(AnnotatedArticle a, SentenceSplitter splitter, LanguageDetector languages) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (String b : a.blocks()) {
            blocks.add(Block.paragraph(b));
            joined.append(b).append('\n');
        }
        String detected = languages.detect(joined.length() > 20_000 ? joined.substring(0, 20_000) : joined.toString());
        ArticleText text = ArticleText.of(blocks, detected != null ? detected : a.language(), splitter);
        ActorSet set = actors.extract(text);
        List<SpeakerDecision> decisions = new ArrayList<>();
        quotes.extract(text, set, decisions::add);
        List<Labelled> out = new ArrayList<>();
        boolean[] used = new boolean[a.quotes().size()];
        for (SpeakerDecision decision : decisions) {
            Set<String> words = NameMatch.words(text.text().substring(decision.start(), decision.end()));
            int best = -1;
            double bestJaccard = ArticleScorer.MIN_JACCARD;
            for (int g = 0; g < a.quotes().size(); g++) {
                GoldQuote q = a.quotes().get(g);
                double j = used[g] || q.text() == null ? 0 : NameMatch.jaccard(words, NameMatch.words(q.text()));
                if (j >= bestJaccard) {
                    best = g;
                    bestJaccard = j;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            GoldQuote q = a.quotes().get(best);
            Set<String> heads = new HashSet<>();
            if (q.speaker() != null && !q.speaker().isBlank()) {
                heads.add(NameMatch.head(q.speaker()));
                for (GoldActor actor : a.actors()) {
                    if (actor.name().equals(q.speaker())) {
                        actor.aliases().forEach(alias -> heads.add(NameMatch.head(alias)));
                    }
                }
            }
            heads.remove("");
            boolean[] gold = new boolean[decision.candidates().size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = heads.contains(NameMatch.head(decision.candidates().get(i).name()));
            }
            out.add(new Labelled(decision, gold, heads.isEmpty(), "NAME".equals(q.speakerMention())));
        }
        return out;
    }

    private static Labelled label(SpeakerDecision decision, GumCorpus.Source source) {
        List<SpeakerCandidate> candidates = decision.candidates();
        boolean[] gold = new boolean[candidates.size()];
        if (source == null) {
            return new Labelled(decision, gold, true, false);
        }
        Set<String> heads = new HashSet<>();
        if (source.name() != null) {
            heads.add(NameMatch.head(source.name()));
        }
        String spanHead = NameMatch.head(source.span().text());
        if (!PRONOUNS.contains(spanHead)) {
            heads.add(spanHead);
        }
        heads.remove("");
        for (int i = 0; i < gold.length; i++) {
            SpeakerCandidate c = candidates.get(i);
            gold[i] = heads.contains(NameMatch.head(c.name())) || description(c) && overlaps(c, source.span());
        }
        boolean named = source.name() != null && NameMatch.normal(source.span().text()).contains(NameMatch.head(source.name()));
        return new Labelled(decision, gold, false, named);
    }

    private static boolean description(SpeakerCandidate c) {
        return c.features().contains(SpeakerFeature.UNNAMED_SOURCE) || c.features().contains(SpeakerFeature.QUOTED_TEXT);
    }

    private static boolean overlaps(SpeakerCandidate c, GumCorpus.Span s) {
        for (int[] p : c.places()) {
            if (p[0] < s.end() && s.start() < p[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(GumCorpus.Span a, GumCorpus.Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** The two ranges share at least half of the shorter one. */
    private static boolean overlapsMostly(int a, int b, int c, int d) {
        int common = Math.min(b, d) - Math.max(a, c);
        return common > 0 && common * 2 >= Math.min(b - a, d - c);
    }
}
