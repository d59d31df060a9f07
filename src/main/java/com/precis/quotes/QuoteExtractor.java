package com.precis.quotes;

import com.precis.actors.ActorRef;
import com.precis.actors.ActorSet;
import com.precis.actors.MentionRef;
import com.precis.document.ActorType;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Speaker;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every direct quote of an article, in article order, with its speaker, cue and kind, and
 * marks the key ones. Quoted terms are left out. A quote with no attribution of its own takes the
 * speaker of the quote it continues (the next paragraph of a long quote, or the second half of a
 * split quote), or of the sentence before it that reports the same person's words.
 */
public final class QuoteExtractor {

    private final QuoteScanner scanner;
    private final CueLexicon cues;
    private final AttributionFinder finder;
    private final QuoteClassifier classifier;

    public QuoteExtractor(CueLexicon cues) {
        this.scanner = new QuoteScanner();
        this.cues = cues;
        this.finder = new AttributionFinder(cues, new SpeakerResolver(cues));
        this.classifier = new QuoteClassifier(cues);
    }

    public static QuoteExtractor standard() {
        return new QuoteExtractor(CueLexicon.standard());
    }

    /** How many paragraphs back an unattributed quote may take the last speaker's name. */
    private static final int INHERIT_BLOCKS = 3;
    /** How far into the sentence before a quote its subject may stand: "But for Parata and his family…". */
    private static final int OPENING_CHARS = 16;

    private record Found(QuotedSpan span, String text, QuoteKind kind, Attribution attribution, int sentence) {
    }

    public List<Quote> extract(ArticleText text, ActorSet actors) {
        List<QuotedSpan> spans = scanner.scan(text);
        String s = text.text();
        boolean[] quoted = new boolean[actors.tokens().size()];
        for (QuotedSpan q : spans) {
            for (int k = actors.tokens().indexAtOrAfter(q.textStart()); k < quoted.length
                    && actors.tokens().get(k).start() < q.textEnd(); k++) {
                quoted[k] = true;
            }
        }
        AttributionFinder finder = this.finder.forText(actors.tokens(), quoted);
        List<Found> found = new ArrayList<>();
        Attribution previous = null;
        int previousBlock = -10;
        QuoteEchoes echoes = new QuoteEchoes();
        int i = 0;
        while (i < spans.size()) {
            // A quote running over several paragraphs is attributed once, for all its parts.
            int last = i;
            while (last + 1 < spans.size() && spans.get(last).close() < 0 && spans.get(last + 1).continued()) {
                last++;
            }
            Attribution a = null;
            for (int k = i; k <= last && a == null; k++) {
                a = attribution(text, actors, finder, spans, k, k == i, k == last);
            }
            for (int k = i; k <= last; k++) {
                QuotedSpan q = spans.get(k);
                String quoteText = s.substring(q.textStart(), q.textEnd());
                Sentence sentence = text.sentenceAt(q.open());
                int block = text.blockAt(q.open());
                QuoteKind kind = classifier.classify(actors.tokens(), quoteText, q, a, wordCount(quoteText));
                if (kind == QuoteClassifier.TERM) {
                    continue;
                }
                Attribution speaker = a;
                if (speaker == null || !speaker.hasSpeaker()) {
                    speaker = echoes.speakerOf(quoteText);
                }
                if (speaker == null || !speaker.hasSpeaker()) {
                    speaker = inherited(finder, text, actors, q, kind, previous, previousBlock, block, sentence);
                }
                found.add(new Found(q, quoteText, kind, speaker, sentence == null ? 0 : sentence.index()));
                // A partial quote with a cue of its own ("…,” he said) also makes its speaker the last to speak.
                if (speaker != null && speaker.hasSpeaker() && (kind == QuoteKind.DIRECT || speaker == a)) {
                    previous = speaker;
                    previousBlock = block;
                }
                if (speaker != null && speaker.hasSpeaker() && speaker == a) {
                    echoes.remember(quoteText, speaker);
                }
            }
            i = last + 1;
        }
        return build(found, actors);
    }

    /** The attribution around span k: a cue tied to it before, then after it, then any cue of its sentence. */
    private Attribution attribution(ArticleText text, ActorSet actors, AttributionFinder finder, List<QuotedSpan> spans,
                                    int k, boolean firstPart, boolean lastPart) {
        String s = text.text();
        QuotedSpan q = spans.get(k);
        String quoteText = s.substring(q.textStart(), q.textEnd());
        Sentence sentence = text.sentenceAt(q.open());
        int block = text.blockAt(q.open());
        int blockStart = text.blockStart(block);
        int blockEnd = blockStart + text.blocks().get(block).text().length();
        QuotedSpan prevSpan = k > 0 ? spans.get(k - 1) : null;
        QuotedSpan nextSpan = k + 1 < spans.size() ? spans.get(k + 1) : null;
        int sentenceStart = Math.max(sentence == null ? blockStart : sentence.start(), blockStart);
        int from = prevSpan != null && prevSpan.after() > sentenceStart ? prevSpan.after() : sentenceStart;
        int limit = nextSpan != null && nextSpan.open() < blockEnd ? nextSpan.open() : blockEnd;
        Attribution a = firstPart ? finder.before(actors, q, from, true) : null;
        if (a == null && lastPart) {
            a = finder.after(actors, q, quoteText, limit);
        }
        if (a == null && firstPart) {
            a = finder.before(actors, q, sentenceStart, false);
        }
        if (a == null && firstPart) {
            a = finder.documentSubject(actors, q, sentenceStart);
        }
        return a;
    }

    /**
     * The speaker of a quote with no attribution of its own: the sentence before it reports someone's
     * words ("Smith said the plan had failed. “It was over.”"), or it continues the previous quote
     * of the same or the previous paragraph.
     */
    private Attribution inherited(AttributionFinder finder, ArticleText text, ActorSet actors, QuotedSpan q, QuoteKind kind,
                                  Attribution previous,
                                  int previousBlock, int block, Sentence sentence) {
        if (q.continued() && previous != null) {
            return previous.withAdjacent(false);
        }
        if (sentence != null && sentence.index() > 0) {
            Sentence before = text.sentences().get(sentence.index() - 1);
            if (before.block() >= block - 1 && !before.heading()) {
                QuotedSpan probe = new QuotedSpan(before.end(), before.end(), before.end(), before.end(), '"', false);
                Attribution a = finder.before(actors, probe, before.start(), false);
                if (a != null && a.hasSpeaker() && !quoteInside(text, before)) {
                    return a.withAdjacent(false);
                }
                // "Charles Schultze, chairman of …, once summed up the danger. “It’s not so much…”"
                if (!quoteInside(text, before)
                        && (before.block() == block || before.block() == block - 1 && quoteStartsBlock(text, q, block))) {
                    int near = before.start() + Math.min(before.text().length(), OPENING_CHARS);
                    for (MentionRef m : actors.mentionsIn(before.start(), near)) {
                        if (actors.type(m.actor()) == ActorType.PERSON) {
                            return new Attribution(m.actor(), null, null, false);
                        }
                    }
                    // "Among those waiting was Maria Lopez, a nurse. “I have never missed one.”": the one
                    // person the sentence before introduces, when the last speaker is not among its names.
                    ActorRef only = onlyPerson(actors, before);
                    if (only != null && kind == QuoteKind.DIRECT && (previous == null || !only.equals(previous.actor()))
                            && !mentionsActor(actors, before, previous)) {
                        return new Attribution(only, null, null, false);
                    }
                }
            }
        }
        if (previous != null && block - previousBlock <= (kind == QuoteKind.DIRECT ? INHERIT_BLOCKS : 1)) {
            return previous.withAdjacent(false);
        }
        return null;
    }

    /**
     * The one person named in the sentence (possessors aside), or null when none or several are. Only
     * its last {@link AttributionFinder#MAX_BEFORE_CHARS} characters are read, as for a cue.
     */
    private static ActorRef onlyPerson(ActorSet actors, Sentence s) {
        ActorRef only = null;
        for (MentionRef m : actors.mentionsIn(Math.max(s.start(), s.end() - AttributionFinder.MAX_BEFORE_CHARS), s.end())) {
            if (actors.type(m.actor()) != ActorType.PERSON || possessor(actors, m)) {
                continue;
            }
            if (only != null && !only.equals(m.actor())) {
                return null;
            }
            only = m.actor();
        }
        return only;
    }

    private static boolean possessor(ActorSet actors, MentionRef m) {
        String t = actors.tokens().text();
        return m.end() + 1 < t.length() && (t.charAt(m.end()) == '’' || t.charAt(m.end()) == '\'');
    }

    private static boolean mentionsActor(ActorSet actors, Sentence s, Attribution a) {
        if (a == null || a.actor() == null) {
            return false;
        }
        for (MentionRef m : actors.mentionsIn(Math.max(s.start(), s.end() - AttributionFinder.MAX_BEFORE_CHARS), s.end())) {
            if (m.actor().equals(a.actor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoteStartsBlock(ArticleText text, QuotedSpan q, int block) {
        return q.open() - text.blockStart(block) <= 1;
    }

    private static boolean quoteInside(ArticleText text, Sentence s) {
        String t = s.text();
        return t.indexOf('“') >= 0 || t.indexOf('"') >= 0 || t.indexOf('«') >= 0 || t.indexOf('„') >= 0;
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
