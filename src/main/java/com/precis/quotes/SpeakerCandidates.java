package com.precis.quotes;

import com.precis.actors.ActorRef;
import com.precis.actors.ActorSet;
import com.precis.actors.Gender;
import com.precis.actors.MentionRef;
import com.precis.actors.Token;
import com.precis.actors.Tokens;
import com.precis.document.ActorType;
import com.precis.document.QuoteKind;
import com.precis.quotes.Attribution.Basis;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone who could have said a quote, with what is known of each: the subjects of its cues (before
 * or after it, tied to it or elsewhere in its sentence), the speaker of a quote it repeats or
 * continues, who the sentence before was about, the last speaker, the paragraph's opening subject,
 * and every name near the quote. Candidates naming the same speaker are one, with the features of
 * all. Every look is bounded (the sentence before, a few hundred characters around the quote, a
 * few dozen mentions), so a quote costs the same whatever the article's length.
 */
final class SpeakerCandidates {

    /** How far into the sentence before a quote its subject may stand: "But for Parata and his family…". */
    private static final int OPENING_CHARS = 16;
    /** How many paragraphs back a direct quote may take the last speaker (a partial quote: one). */
    private static final int INHERIT_BLOCKS = 3;
    /** How far before and after a quote names are taken as candidates. */
    private static final int NEAR_BEFORE_CHARS = 600;
    private static final int NEAR_AFTER_CHARS = 300;
    private static final int MAX_NEARBY = 24;
    /** Tokens from the quote up to which a mention is near, or at middle distance. */
    private static final int NEAR_TOKENS = 5;
    private static final int MID_TOKENS = 20;

    private final ArticleText text;
    private final ActorSet actors;
    private final AttributionFinder finder;
    private final boolean[] quoted;

    SpeakerCandidates(ArticleText text, ActorSet actors, AttributionFinder finder, boolean[] quoted) {
        this.text = text;
        this.actors = actors;
        this.finder = finder;
        this.quoted = quoted;
    }

    /**
     * What the cues around a quote say: a cue tied to it before, one after it, any cue before it in
     * its sentence, a text as the subject of a cue-less sentence. {@code unread} is a cue tied to the
     * quote whose subject could not be read (with its words when known), or null.
     */
    record Cues(Attribution beforeTied, Attribution after, Attribution inSentence, Attribution textSubject,
                Attribution unread) {

        /** The cue reading the quote's kind is judged by: the first in the order above. */
        Attribution first() {
            return beforeTied != null ? beforeTied : after != null ? after : inSentence != null ? inSentence : textSubject;
        }

        boolean tied() {
            return beforeTied != null || after != null && after.adjacent() || unread != null;
        }
    }

    /** The last attributed quote before this one: who spoke and in which paragraph. */
    record Previous(Attribution speaker, int block) {
    }

    /** The cues of the quote made of spans [i, last] (one quote running over several paragraphs). */
    Cues cues(List<QuotedSpan> spans, int i, int last) {
        QuotedSpan first = spans.get(i);
        QuotedSpan end = spans.get(last);
        int sentenceStart = sentenceStart(first);
        QuotedSpan prevSpan = i > 0 ? spans.get(i - 1) : null;
        int from = prevSpan != null && prevSpan.after() > sentenceStart ? prevSpan.after() : sentenceStart;
        Attribution beforeTied = finder.before(actors, first, from, true);
        Attribution inSentence = finder.before(actors, first, sentenceStart, false);
        Attribution textSubject = finder.documentSubject(actors, first, sentenceStart);
        int endBlock = text.blockAt(end.open());
        int blockEnd = text.blockStart(endBlock) + text.blocks().get(endBlock).text().length();
        QuotedSpan nextSpan = last + 1 < spans.size() ? spans.get(last + 1) : null;
        int limit = nextSpan != null && nextSpan.open() < blockEnd ? nextSpan.open() : blockEnd;
        String endText = text.text().substring(end.textStart(), end.textEnd());
        Attribution after = finder.after(actors, end, endText, limit);
        Attribution unread = after == null ? finder.unreadAfter(actors.tokens(), end, endText, limit) : null;
        if (unread == null && beforeTied == null && finder.tiedCueBefore(actors.tokens(), first)) {
            unread = Attribution.unread(null, -1, -1);
        }
        return new Cues(beforeTied, after, inSentence, textSubject, unread);
    }

    private int sentenceStart(QuotedSpan q) {
        Sentence sentence = text.sentenceAt(q.open());
        int block = text.blockAt(q.open());
        int blockStart = text.blockStart(block);
        return Math.max(sentence == null ? blockStart : sentence.start(), blockStart);
    }

    /**
     * The candidates for the quote starting with span q: its cues' subjects, then what came before it
     * ({@code echo}: the speaker of a quote it repeats; {@code previous}: the last speaker), then the
     * names near it. The first candidate proposed for a speaker keeps its attribution (cue, adjacency).
     */
    List<SpeakerCandidate> list(QuotedSpan q, QuotedSpan end, QuoteKind kind, Cues cues, Attribution echo,
                                Previous previous) {
        Map<String, SpeakerCandidate> byKey = new LinkedHashMap<>();
        addCue(byKey, cues.beforeTied(), SpeakerFeature.CUE_BEFORE_TIED);
        if (cues.after() != null) {
            addCue(byKey, cues.after(), cues.after().adjacent() ? SpeakerFeature.CUE_AFTER_TIED : SpeakerFeature.CUE_AFTER);
        }
        addCue(byKey, cues.inSentence(), SpeakerFeature.CUE_IN_SENTENCE);
        addCue(byKey, cues.textSubject(), SpeakerFeature.TEXT_SUBJECT);
        cueWords(byKey, cues.beforeTied());
        cueWords(byKey, cues.after());
        cueWords(byKey, cues.inSentence());
        cueWords(byKey, cues.unread());
        add(byKey, echo, SpeakerFeature.ECHO);
        int block = text.blockAt(q.open());
        Attribution last = previous == null ? null : previous.speaker();
        if (q.continued() && last != null) {
            add(byKey, last.withAdjacent(false), SpeakerFeature.CONTINUES_QUOTE);
        }
        sentenceBefore(byKey, q, kind, block, last);
        if (last != null) {
            int back = block - previous.block();
            if (back <= (kind == QuoteKind.DIRECT ? INHERIT_BLOCKS : 1)) {
                add(byKey, last.withAdjacent(false), back == 0 ? SpeakerFeature.LAST_SPEAKER_SAME_PARAGRAPH
                        : back == 1 ? SpeakerFeature.LAST_SPEAKER_PARAGRAPH_BEFORE : SpeakerFeature.LAST_SPEAKER_FURTHER);
            }
        }
        paragraphOpener(byKey, q, block);
        Map<ActorRef, MentionRef> nearest = nearby(byKey, q, end, block);
        List<SpeakerCandidate> out = new ArrayList<>(byKey.values());
        Gender pronoun = pronounOfTiedCue(cues);
        Attribution.NewName missed = missedName(cues);
        for (SpeakerCandidate c : out) {
            describe(c, q, end, block, nearest, pronoun, missed, cues);
        }
        return out;
    }

    private void addCue(Map<String, SpeakerCandidate> byKey, Attribution a, SpeakerFeature source) {
        SpeakerCandidate c = add(byKey, a, source);
        if (c != null) {
            c.add(SpeakerFeature.CUE_SUBJECT);
        }
        if (c != null && a.basis() != null) {
            c.add(SpeakerFeature.of(a.basis()));
            if (namesItself(a.basis())) {
                c.place(a.from(), a.to());
            }
        }
    }

    /** The cue's words are the speaker's own name or description, not a pronoun or title pointing back. */
    private static boolean namesItself(Basis b) {
        return b == Basis.NAME || b == Basis.NEW_NAME || b == Basis.UNNAMED || b == Basis.GROUP || b == Basis.DOCUMENT
                || b == Basis.CLAUSE || b == Basis.SPOKESPERSON;
    }

    private SpeakerCandidate add(Map<String, SpeakerCandidate> byKey, Attribution a, SpeakerFeature source) {
        if (a == null || !a.hasSpeaker()) {
            return null;
        }
        SpeakerCandidate c = byKey.computeIfAbsent(a.key(), k -> new SpeakerCandidate(a, name(a)));
        c.add(source);
        if (a.newName() != null) {
            c.place(a.newName().start(), a.newName().end());
        }
        return c;
    }

    private String name(Attribution a) {
        return a.actor() != null ? actors.name(a.actor()) : a.newName() != null ? a.newName().name() : a.anonymous();
    }

    /**
     * The other names among a cue's subject words ("Houston" in "Houston Mayor X said"), and a name
     * set after them by a comma ("said another economist, Paul Greer of …").
     */
    private void cueWords(Map<String, SpeakerCandidate> byKey, Attribution a) {
        if (a == null || a.from() < 0) {
            return;
        }
        boolean first = true;
        for (MentionRef m : actors.mentionsIn(a.from(), a.to())) {
            SpeakerCandidate c = add(byKey, Attribution.of(m.actor(), a.cue(), null), SpeakerFeature.IN_CUE_WORDS);
            if (first) {
                c.add(SpeakerFeature.FIRST_IN_CUE_WORDS);
                first = false;
            }
        }
        appositives(byKey, a);
    }

    /** A name set off by a comma right after the cue's words, or ending right before them. */
    private void appositives(Map<String, SpeakerCandidate> byKey, Attribution a) {
        Tokens tokens = actors.tokens();
        int k = tokens.indexAtOrAfter(a.to());
        if (k + 1 < tokens.size() && tokens.get(k).is(',')) {
            int at = tokens.get(k + 1).start();
            for (MentionRef m : actors.mentionsIn(at, at + 1)) {
                add(byKey, Attribution.of(m.actor(), a.cue(), null), SpeakerFeature.APPOSITIVE_TO_CUE_WORDS);
            }
        }
        int b = tokens.indexAtOrAfter(a.from()) - 1;
        if (b >= 1 && tokens.get(b).is(',')) {
            Token owner = tokens.get(b - 1);
            for (MentionRef m : actors.mentionsIn(Math.max(0, owner.start() - SpeakerFeatures.LONGEST_NAME), owner.end())) {
                if (m.end() == owner.end()) {
                    add(byKey, Attribution.of(m.actor(), a.cue(), null), SpeakerFeature.APPOSITIVE_TO_CUE_WORDS);
                }
            }
        }
    }

    /**
     * Who the sentence before the quote was about: the subject of a cue in it ("Smith said the plan
     * had failed. “It was over.”"), the person opening it, or the one person it introduces.
     */
    private void sentenceBefore(Map<String, SpeakerCandidate> byKey, QuotedSpan q, QuoteKind kind, int block,
                                Attribution last) {
        Sentence sentence = text.sentenceAt(q.open());
        if (sentence == null || sentence.index() == 0) {
            return;
        }
        Sentence before = text.sentences().get(sentence.index() - 1);
        if (before.block() < block - 1 || before.heading() || quoteInside(before)) {
            return;
        }
        QuotedSpan probe = new QuotedSpan(before.end(), before.end(), before.end(), before.end(), '"', false);
        Attribution reported = finder.before(actors, probe, before.start(), false);
        if (reported != null && reported.hasSpeaker()) {
            SpeakerCandidate c = add(byKey, reported.withAdjacent(false), SpeakerFeature.CUE_SENTENCE_BEFORE);
            if (reported.basis() != null) {
                c.add(SpeakerFeature.of(reported.basis()));
            }
        }
        if (before.block() != block && !(before.block() == block - 1 && q.open() - text.blockStart(block) <= 1)) {
            return;
        }
        int near = before.start() + Math.min(before.text().length(), OPENING_CHARS);
        for (MentionRef m : actors.mentionsIn(before.start(), near)) {
            if (actors.type(m.actor()) == ActorType.PERSON) {
                add(byKey, Attribution.of(m.actor(), null, null), SpeakerFeature.OPENS_SENTENCE_BEFORE);
                break;
            }
        }
        ActorRef only = onlyPerson(before);
        if (only != null && kind == QuoteKind.DIRECT && (last == null || !only.equals(last.actor()))
                && !mentions(before, last)) {
            add(byKey, Attribution.of(only, null, null), SpeakerFeature.ONLY_PERSON_BEFORE);
        }
    }

    /** The person opening the quote's paragraph, when the paragraph does not open with the quote. */
    private void paragraphOpener(Map<String, SpeakerCandidate> byKey, QuotedSpan q, int block) {
        int start = text.blockStart(block);
        if (q.open() - start <= 1 || q.open() - start > AttributionFinder.MAX_BEFORE_CHARS) {
            return; // the paragraph opens with the quote, or its opening is further back than a cue is looked for
        }
        for (MentionRef m : actors.mentionsIn(start, Math.min(q.open(), start + OPENING_CHARS))) {
            if (actors.type(m.actor()) == ActorType.PERSON) {
                add(byKey, Attribution.of(m.actor(), null, null), SpeakerFeature.OPENS_PARAGRAPH);
                return;
            }
        }
    }

    /**
     * Every actor named from the sentence before the quote to the end of the sentence it ends in,
     * within a bounded window; returns each actor's nearest mention, preferring one outside quotation
     * marks.
     */
    private Map<ActorRef, MentionRef> nearby(Map<String, SpeakerCandidate> byKey, QuotedSpan q, QuotedSpan end, int block) {
        Sentence sentence = text.sentenceAt(q.open());
        int from = sentence == null ? q.open() : sentence.start();
        if (sentence != null && sentence.index() > 0) {
            Sentence before = text.sentences().get(sentence.index() - 1);
            if (before.block() >= block - 1) {
                from = before.start();
            }
        }
        from = Math.max(from, q.open() - NEAR_BEFORE_CHARS);
        Sentence last = text.sentenceAt(Math.max(end.open(), end.after() - 1));
        int to = Math.min(last == null ? end.after() : Math.max(last.end(), end.after()), end.after() + NEAR_AFTER_CHARS);
        Map<ActorRef, MentionRef> nearest = new HashMap<>();
        int n = 0;
        for (MentionRef m : actors.mentionsIn(from, to)) {
            if (n++ >= MAX_NEARBY) {
                break;
            }
            MentionRef known = nearest.get(m.actor());
            if (known == null || better(m, known, q, end)) {
                nearest.put(m.actor(), m);
            }
            add(byKey, Attribution.of(m.actor(), null, null), SpeakerFeature.NEARBY);
        }
        return nearest;
    }

    private boolean better(MentionRef m, MentionRef known, QuotedSpan q, QuotedSpan end) {
        boolean mIn = SpeakerFeatures.insideQuote(actors.tokens(), quoted, m.start());
        boolean kIn = SpeakerFeatures.insideQuote(actors.tokens(), quoted, known.start());
        if (mIn != kIn) {
            return !mIn;
        }
        return distance(m.start(), m.end(), q, end) < distance(known.start(), known.end(), q, end);
    }

    /** Tokens between [start, end) and the quote's nearest edge; 0 inside it. */
    private int distance(int start, int end, QuotedSpan q, QuotedSpan last) {
        Tokens tokens = actors.tokens();
        if (end <= q.open()) {
            return tokens.indexAtOrAfter(q.open()) - tokens.indexAtOrAfter(end);
        }
        if (start >= last.after()) {
            return tokens.indexAtOrAfter(start) - tokens.indexAtOrAfter(last.after());
        }
        return 0;
    }

    /** The gender of "he" or "she" when that is the subject of a cue tied to the quote. */
    private static Gender pronounOfTiedCue(Cues cues) {
        for (Attribution a : new Attribution[] {cues.beforeTied(), cues.after()}) {
            if (a != null && a.basis() == Basis.PRONOUN && a.gender() != null) {
                return a.gender();
            }
        }
        return null;
    }

    /** A name the actor stage missed that a cue names as the speaker. */
    private static Attribution.NewName missedName(Cues cues) {
        for (Attribution a : new Attribution[] {cues.beforeTied(), cues.after(), cues.inSentence()}) {
            if (a != null && a.newName() != null) {
                return a.newName();
            }
        }
        return null;
    }

    /** The features of what the candidate is and where the text names it. */
    private void describe(SpeakerCandidate c, QuotedSpan q, QuotedSpan end, int block, Map<ActorRef, MentionRef> nearest,
                          Gender pronoun, Attribution.NewName missed, Cues cues) {
        Attribution a = c.speaker();
        // Where the text refers to the speaker at this quote: the cue's words ("he", "the company"), else
        // the nearest mention of the actor, else the missed name or the description.
        int start = a.from();
        int stop = a.to();
        if (a.actor() != null) {
            ActorType type = actors.type(a.actor());
            c.add(switch (type) {
                case PERSON -> SpeakerFeature.PERSON;
                case ORGANIZATION -> SpeakerFeature.ORGANISATION;
                case GOVERNMENT -> SpeakerFeature.GOVERNMENT;
                case LOCATION -> SpeakerFeature.PLACE;
            });
            MentionRef m = nearest.get(a.actor());
            if (m != null) {
                c.place(m.start(), m.end());
                if (SpeakerFeatures.roleNext(actors, a.actor(), m.start(), m.end())) {
                    c.add(SpeakerFeature.ROLE_NEXT);
                }
                if (start < 0) {
                    start = m.start();
                    stop = m.end();
                }
            }
            if (pronoun != null && type == ActorType.PERSON) {
                Gender g = actors.gender(a.actor());
                c.add(g != Gender.UNKNOWN && g != pronoun ? SpeakerFeature.PRONOUN_CLASHES : SpeakerFeature.PRONOUN_AGREES);
            }
        } else if (a.newName() != null) {
            c.add(a.newName().type() == ActorType.PERSON ? SpeakerFeature.PERSON : SpeakerFeature.ORGANISATION);
            start = a.newName().start();
            stop = a.newName().end();
        } else {
            c.add(a.document() ? SpeakerFeature.QUOTED_TEXT : SpeakerFeature.UNNAMED_SOURCE);
        }
        if (start < 0) {
            c.add(SpeakerFeature.NO_MENTION_NEARBY);
            c.add(SpeakerFeature.DISTANCE_FAR);
        } else {
            place(c, start, stop, q, end, block, missed);
        }
        if (cues.tied()) {
            String tiedKey = cues.beforeTied() != null ? cues.beforeTied().key()
                    : cues.after() != null ? cues.after().key() : null;
            if (tiedKey == null) {
                c.add(SpeakerFeature.TIED_CUE_UNREAD);
            } else if (!tiedKey.equals(a.key())) {
                c.add(SpeakerFeature.TIED_CUE_NAMES_ANOTHER);
            }
        }
    }

    private void place(SpeakerCandidate c, int start, int stop, QuotedSpan q, QuotedSpan end, int block,
                       Attribution.NewName missed) {
        Tokens tokens = actors.tokens();
        if (SpeakerFeatures.insideQuote(tokens, quoted, start)) {
            c.add(SpeakerFeature.INSIDE_QUOTE);
        }
        Sentence first = text.sentenceAt(q.open());
        Sentence last = text.sentenceAt(Math.max(end.open(), end.after() - 1));
        Sentence at = text.sentenceAt(start);
        if (at != null && first != null && at.index() == first.index() && stop <= q.open()) {
            c.add(SpeakerFeature.SAME_SENTENCE_BEFORE_QUOTE);
        } else if (at != null && last != null && at.index() == last.index() && start >= end.after()) {
            c.add(SpeakerFeature.SAME_SENTENCE_AFTER_QUOTE);
        } else if (at != null && first != null && at.index() == first.index() - 1) {
            c.add(SpeakerFeature.SENTENCE_BEFORE);
        }
        if (text.blockAt(start) == block) {
            c.add(SpeakerFeature.SAME_PARAGRAPH);
        }
        int d = distance(start, stop, q, end);
        c.add(d <= NEAR_TOKENS ? SpeakerFeature.DISTANCE_NEAR : d <= MID_TOKENS ? SpeakerFeature.DISTANCE_MID
                : SpeakerFeature.DISTANCE_FAR);
        if (SpeakerFeatures.opensSentence(tokens, start)) {
            c.add(SpeakerFeature.OPENS_SENTENCE);
        }
        if (SpeakerFeatures.possessor(tokens, stop)) {
            c.add(SpeakerFeature.POSSESSOR);
        }
        if (SpeakerFeatures.complement(tokens, start)) {
            c.add(SpeakerFeature.COMPLEMENT);
        }
        if (c.speaker().newName() == null && SpeakerFeatures.modifiesPerson(actors, stop, missed)) {
            c.add(SpeakerFeature.MODIFIES_PERSON);
        }
    }

    /**
     * The one person named in the sentence (possessors aside), or null when none or several are. Only
     * its last {@link AttributionFinder#MAX_BEFORE_CHARS} characters are read, as for a cue.
     */
    private ActorRef onlyPerson(Sentence s) {
        ActorRef only = null;
        for (MentionRef m : actors.mentionsIn(Math.max(s.start(), s.end() - AttributionFinder.MAX_BEFORE_CHARS), s.end())) {
            if (actors.type(m.actor()) != ActorType.PERSON || SpeakerFeatures.possessor(actors.tokens(), m.end())) {
                continue;
            }
            if (only != null && !only.equals(m.actor())) {
                return null;
            }
            only = m.actor();
        }
        return only;
    }

    private boolean mentions(Sentence s, Attribution a) {
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

    private static boolean quoteInside(Sentence s) {
        String t = s.text();
        return t.indexOf('“') >= 0 || t.indexOf('"') >= 0 || t.indexOf('«') >= 0 || t.indexOf('„') >= 0;
    }
}
