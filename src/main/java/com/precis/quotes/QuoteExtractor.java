package com.precis.quotes;

import com.precis.actors.ActorSet;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Speaker;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds every direct quote of an article, in article order, with its speaker, cue and kind, and
 * marks the key ones. Quoted terms are left out. The speaker is a ranked decision: {@link
 * SpeakerCandidates} lists who could have said the quote, {@link SpeakerScore} weighs what is known
 * of each, and the best wins when it scores high enough; otherwise the quote stays unattributed.
 */
public final class QuoteExtractor {

    private final QuoteScanner scanner;
    private final AttributionFinder finder;
    private final QuoteClassifier classifier;
    private final SpeakerScore score;

    public QuoteExtractor(CueLexicon cues, SpeakerScore score) {
        this.scanner = new QuoteScanner();
        this.finder = new AttributionFinder(cues, new SpeakerResolver(cues));
        this.classifier = new QuoteClassifier(cues);
        this.score = score;
    }

    public static QuoteExtractor standard() {
        return new QuoteExtractor(CueLexicon.standard(), SpeakerScore.standard());
    }

    /**
     * One speaker decision: the quote's text range [start, end) in the article text, its candidates and
     * the index of the chosen one (-1: none reached the threshold).
     */
    public record SpeakerDecision(int start, int end, List<SpeakerCandidate> candidates, int chosen) {
    }

    private record Found(QuotedSpan span, String text, QuoteKind kind, Attribution attribution, int sentence) {
    }

    public List<Quote> extract(ArticleText text, ActorSet actors) {
        return extract(text, actors, null);
    }

    /** As {@link #extract(ArticleText, ActorSet)}, telling {@code decisions} (when not null) how each speaker was chosen. */
    public List<Quote> extract(ArticleText text, ActorSet actors, Consumer<SpeakerDecision> decisions) {
        List<QuotedSpan> spans = scanner.scan(text);
        String s = text.text();
        boolean[] quoted = quotedTokens(actors, spans);
        SpeakerCandidates candidates = new SpeakerCandidates(text, actors, finder.forText(actors.tokens(), quoted), quoted);
        List<Found> found = new ArrayList<>();
        SpeakerCandidates.Previous previous = null;
        QuoteEchoes echoes = new QuoteEchoes();
        int i = 0;
        while (i < spans.size()) {
            // A quote running over several paragraphs is attributed once, for all its parts.
            int last = i;
            while (last + 1 < spans.size() && spans.get(last).close() < 0 && spans.get(last + 1).continued()) {
                last++;
            }
            SpeakerCandidates.Cues cues = candidates.cues(spans, i, last);
            Attribution speaker = null;
            boolean decided = false;
            boolean fromCue = false;
            for (int k = i; k <= last; k++) {
                QuotedSpan q = spans.get(k);
                String quoteText = s.substring(q.textStart(), q.textEnd());
                QuoteKind kind = classifier.classify(actors.tokens(), quoteText, q, cues.first(), wordCount(quoteText));
                if (kind == QuoteClassifier.TERM) {
                    continue;
                }
                if (!decided) {
                    List<SpeakerCandidate> list = candidates.list(q, spans.get(last), kind, cues, echoes.speakerOf(quoteText),
                            previous);
                    int chosen = score.choose(list);
                    if (decisions != null) {
                        decisions.accept(new SpeakerDecision(q.textStart(), spans.get(last).textEnd(), list, chosen));
                    }
                    speaker = chosen < 0 ? null : commit(actors, list.get(chosen).speaker());
                    fromCue = chosen >= 0 && list.get(chosen).fromCue();
                    decided = true;
                }
                Sentence sentence = text.sentenceAt(q.open());
                found.add(new Found(q, quoteText, kind, speaker, sentence == null ? 0 : sentence.index()));
                // A partial quote with a cue of its own ("…,” he said) also makes its speaker the last to speak.
                if (speaker != null && (kind == QuoteKind.DIRECT || fromCue)) {
                    previous = new SpeakerCandidates.Previous(speaker, text.blockAt(q.open()));
                }
                if (speaker != null && fromCue) {
                    echoes.remember(quoteText, speaker);
                }
            }
            i = last + 1;
        }
        return build(found, actors);
    }

    /**
     * The speaker decision for words [start, end) that the text reports as someone's (indirect speech
     * too: "researchers say that …"), taken alone as if they were quoted: for training and evaluating
     * speaker choice on attribution relations.
     */
    public SpeakerDecision decide(ArticleText text, ActorSet actors, int start, int end) {
        QuotedSpan q = new QuotedSpan(start, Math.max(start, end - 1), start, end, '"', false);
        List<QuotedSpan> spans = new ArrayList<>(scanner.scan(text));
        spans.add(q);
        boolean[] quoted = quotedTokens(actors, spans);
        SpeakerCandidates candidates = new SpeakerCandidates(text, actors, finder.forText(actors.tokens(), quoted), quoted);
        SpeakerCandidates.Cues cues = candidates.cues(List.of(q), 0, 0);
        List<SpeakerCandidate> list = candidates.list(q, q, QuoteKind.DIRECT, cues, null, null);
        return new SpeakerDecision(start, end, list, score.choose(list));
    }

    /** Which tokens stand inside quotation marks: a reporting verb there is the speaker's, not the writer's. */
    private static boolean[] quotedTokens(ActorSet actors, List<QuotedSpan> spans) {
        boolean[] quoted = new boolean[actors.tokens().size()];
        for (QuotedSpan q : spans) {
            for (int k = actors.tokens().indexAtOrAfter(q.textStart()); k < quoted.length
                    && actors.tokens().get(k).start() < q.textEnd(); k++) {
                quoted[k] = true;
            }
        }
        return quoted;
    }

    /** Makes the chosen speaker real: a missed name becomes an actor, a pronoun's gender is recorded. */
    private static Attribution commit(ActorSet actors, Attribution a) {
        if (a.newName() != null) {
            Attribution.NewName n = a.newName();
            a = a.withActor(actors.addSpeaker(n.name(), n.type(), n.start(), n.end()));
        }
        if (a.actor() != null && a.gender() != null) {
            actors.setGender(a.actor(), a.gender());
        }
        return a;
    }

    private List<Quote> build(List<Found> found, ActorSet actors) {
        List<Speaker> speakers = new ArrayList<>();
        List<KeyQuotes.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Attribution a = f.attribution();
            Speaker speaker = null;
            double salience = 0;
            if (a != null && a.actor() != null) {
                speaker = actors.speaker(a.actor());
                salience = actors.salience(a.actor());
            } else if (a != null && a.anonymous() != null) {
                speaker = new Speaker(a.anonymous(), null);
                salience = 0.2;
            }
            speakers.add(speaker);
            candidates.add(new KeyQuotes.Candidate(i, f.text(), f.kind(), speaker != null,
                    a != null && a.unnamedSource(), salience));
        }
        Set<Integer> key = KeyQuotes.choose(candidates);
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Attribution a = f.attribution();
            boolean anonymous = a != null && a.unnamedSource();
            out.add(new Quote(f.text(), speakers.get(i), a == null ? null : a.cue(), f.kind(), anonymous,
                    f.sentence(), key.contains(i)));
        }
        return out;
    }

    static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter || inWord && (text.charAt(i) == '’' || text.charAt(i) == '\'' || text.charAt(i) == '-');
        }
        return n;
    }
}
