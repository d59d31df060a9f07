package com.precis.quotes;

import com.precis.actors.ActorSet;
import com.precis.actors.MentionRef;
import com.precis.actors.PartyTag;
import com.precis.document.ActorType;
import com.precis.actors.Token;
import com.precis.actors.Tokens;
import com.precis.quotes.Attribution.Basis;
import java.util.Locale;

/**
 * Finds who a quote is attributed to in the words around it: after it ("…,” Lutnick told CNBC",
 * "…,” said a person close to the policymakers"), before it ("The foreign ministry of China stated,
 * “…", "According to X, “…"), or anywhere earlier in its sentence for a partial quote ("Two people
 * said … as “insulting”").
 */
final class AttributionFinder {

    private static final int MAX_SUBJECT = 14;
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "le", "la", "les", "l’",
            "el", "los", "las", "o", "os", "um", "uma", "un", "une", "des");
    private static final java.util.Set<String> NOUN_DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her",
            "their", "its", "our", "my", "your", "these", "those", "this", "that", "such", "public", "recent",
            "earlier", "latest", "les", "des", "ses", "sus", "los", "las", "os", "as", "seus", "suas");
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("a", "ha", "has", "had", "est", "é",
            "foi", "was", "also", "aussi", "ainsi", "ont", "han", "have", "then", "later", "encore");
    private static final int MAX_AFTER = 30;
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they");
    /** How many tokens into its sentence a quoted text may stand as the subject. */
    private static final int DOCUMENT_SUBJECT = 14;
    private static final java.util.Set<String> DOCUMENT_DETERMINERS = java.util.Set.of("the", "this", "that", "a",
            "an", "le", "la", "ce", "cette", "un", "une", "el", "este", "esta", "o");
    /** Honorifics and titles that may stand before a name. */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("mr", "mrs", "ms", "dr", "sen", "rep",
            "gov", "gen", "prof", "president", "senator", "governor", "minister", "judge", "mayor");
    /**
     * How far before a quote its cue is looked for: a long sentence, not a run-on block with no
     * full stops, whose every quote would otherwise be searched back to the block's start.
     */
    static final int MAX_BEFORE_CHARS = 1_000;

    private final CueLexicon cues;
    private final SpeakerResolver speakers;
    /** Tokens inside quotation marks: a reporting verb there is the speaker's, not the writer's. */
    private final boolean[] quoted;

    private final Tokens tokensRef;

    private AttributionFinder(CueLexicon cues, SpeakerResolver speakers, boolean[] quoted, Tokens tokens) {
        this.cues = cues;
        this.speakers = speakers;
        this.quoted = quoted;
        this.tokensRef = tokens;
    }

    /** A finder for one article, that knows which of its tokens stand inside quotation marks. */
    AttributionFinder forText(Tokens tokens, boolean[] quotedTokens) {
        return new AttributionFinder(cues, speakers, quotedTokens, tokens);
    }

    private boolean isCue(int k, Token t) {
        return t.isWord() && cues.isCueVerb(t.text()) && !t.capitalised() && !(k < quoted.length && quoted[k])
                && !afterDeterminer(k);
    }

    /** "his remarks", "Lutnick’s comments", "the reports": after a determiner a cue word is a noun. */
    private boolean afterDeterminer(int k) {
        if (k == 0 || k - 1 >= tokensRef.size()) {
            return false;
        }
        Token before = tokensRef.get(k - 1);
        if (before.kind() == Token.Kind.POSSESSIVE) {
            return true;
        }
        return before.isWord() && NOUN_DETERMINERS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    AttributionFinder(CueLexicon cues, SpeakerResolver speakers) {
        this(cues, speakers, new boolean[0], Tokens.of(""));
    }

    /**
     * The attribution in the words after the quote, up to {@code limit} (the next quote or the end
     * of the paragraph), or null.
     */
    Attribution after(ActorSet actors, QuotedSpan q, String quoteText, int limit) {
        Tokens tokens = actors.tokens();
        int a = tokens.indexAtOrAfter(q.after());
        int end = a;
        while (end < tokens.size() && tokens.get(end).start() < limit && end - a < MAX_AFTER && !isTerminal(tokens.get(end))) {
            end++;
        }
        boolean linked = endsWithLink(quoteText);
        int k = a;
        while (k < end && isLinkPunct(tokens.get(k))) {
            linked = true;
            k++;
        }
        if (k >= end) {
            return null;
        }
        Token first = tokens.get(k);
        int aux = k;
        while (aux < end && aux - k < 2 && tokens.get(aux).isWord() && AUXILIARIES.contains(tokens.get(aux).text())) {
            aux++;
        }
        if (aux > k && aux < end && cues.isCueVerb(tokens.get(aux).text())) {
            first = tokens.get(aux); // "a ajouté Laurent Fabius", "has said Smith"
            k = aux;
        }
        if (first.isWord() && cues.isCueVerb(first.text()) && !first.capitalised()) {
            // Inverted: "said a person close to the policymakers", "said Lutnick, who…"
            int s = k + 1;
            int e = s;
            while (e < end && !isClauseStop(tokens.get(e)) && e - s < MAX_SUBJECT) {
                e++;
            }
            Attribution r = speakers.resolve(actors, s, e, q.textStart(), first.text());
            return r == null ? null : r.withAdjacent(linked);
        }
        int phrase = phraseAt(tokens, k, end);
        if (phrase > k) {
            int e = phrase;
            while (e < end && !isClauseStop(tokens.get(e))) {
                e++;
            }
            Attribution r = speakers.resolve(actors, phrase, e, q.textStart(), cueText(tokens, k, phrase));
            return r == null ? null : r.withAdjacent(linked);
        }
        for (int p = k + 1; p < end; p++) {
            int phraseEnd = phraseAt(tokens, p, end);
            if (phraseEnd > p && (p == 0 || tokens.get(p - 1).is(','))) {
                // "…” are all thought to contribute, according to the Department of Conservation."
                int e = phraseEnd;
                while (e < end && !isClauseStop(tokens.get(e))) {
                    e++;
                }
                Attribution r = speakers.resolve(actors, phraseEnd, e, q.textStart(), cueText(tokens, p, phraseEnd));
                if (r != null) {
                    return r.withAdjacent(false);
                }
            }
        }
        for (int c = k + 1; c < end && c - k <= MAX_SUBJECT; c++) {
            Token t = tokens.get(c);
            if (isCue(c, t)) {
                // "…” to hold up on their plans, Indyk said": the subject is the cue's own clause.
                int s = linked ? k : clauseStart(tokens, k, c, c);
                Attribution r = speakers.resolve(actors, s, c, q.textStart(), t.text());
                return r == null ? null : r.withAdjacent(linked || isNameStart(first));
            }
            if (t.is(';') || t.is(':')) {
                break;
            }
        }
        return null;
    }

    /**
     * A cue after the quote tied to it whose subject could not be read ("…,” said another economist,
     * Paul Greer"): the subject's words with no speaker, or null when no cue stands tied after the
     * quote. Link punctuation, then a cue within {@link #MAX_SUBJECT} tokens of the same clause.
     */
    Attribution unreadAfter(Tokens tokens, QuotedSpan q, String quoteText, int limit) {
        int k = tokens.indexAtOrAfter(q.after());
        boolean linked = endsWithLink(quoteText);
        while (k < tokens.size() && tokens.get(k).start() < limit && isLinkPunct(tokens.get(k))) {
            linked = true;
            k++;
        }
        for (int c = k; linked && c < tokens.size() && c - k <= MAX_SUBJECT && tokens.get(c).start() < limit; c++) {
            if (isCue(c, tokens.get(c))) {
                int s = c == k ? c + 1 : k;
                int e = c == k ? c + 1 : c;
                while (c == k && e < tokens.size() && e - s < MAX_SUBJECT && tokens.get(e).start() < limit
                        && !isClauseStop(tokens.get(e))) {
                    e++;
                }
                return e > s ? Attribution.unread(tokens.get(c).text(), tokens.get(s).start(), tokens.get(e - 1).end())
                        : Attribution.unread(tokens.get(c).text(), -1, -1);
            }
            if (isClauseStop(tokens.get(c))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a cue stands right before the quote, tied to it ("Smith, in remarks to reporters,
     * said: “…”"), whether or not its subject can be read: the quote follows the cue, or the cue and
     * a colon, a comma or "that".
     */
    boolean tiedCueBefore(Tokens tokens, QuotedSpan q) {
        int k = tokens.indexBefore(q.open()) - 1;
        if (k >= 0 && (tokens.get(k).is(':') || tokens.get(k).is(',') || tokens.get(k).text().equalsIgnoreCase("that"))) {
            k--;
        }
        return k >= 0 && isCue(k, tokens.get(k));
    }

    /**
     * The attribution in the words before the quote, from {@code from} (the start of its sentence,
     * or the end of the previous quote in it). {@code linkedOnly} asks for a cue tied to the quote
     * (ending in a colon, a comma or "that"); otherwise any cue of the sentence counts.
     */
    Attribution before(ActorSet actors, QuotedSpan q, int from, boolean linkedOnly) {
        Tokens tokens = actors.tokens();
        int a = tokens.indexAtOrAfter(Math.max(from, q.open() - MAX_BEFORE_CHARS));
        int end = tokens.indexBefore(q.open());
        if (end <= a) {
            return null;
        }
        int lastIndex = end - 1;
        while (lastIndex > a && tokens.get(lastIndex).isWord()
                && ARTICLES.contains(tokens.get(lastIndex).text().toLowerCase(Locale.ROOT))) {
            lastIndex--; // "said in a memo that the “price distinction…”": the article belongs to the quote
        }
        Token last = tokens.get(lastIndex);
        boolean linked = last.is(':') || last.is(',') || last.is('—') || last.is('–')
                || last.isWord() && (cues.isCueVerb(last.text()) || last.text().equalsIgnoreCase("that")
                || last.text().equals("que") || last.text().equals("že"));
        if (linkedOnly && !linked) {
            return null;
        }
        for (int k = a; k + 2 < end; k++) {
            // "In Dr. Shadlen's words, “…": the possessor speaks.
            if (tokens.get(k).text().equalsIgnoreCase("in") && tokens.get(k + 1).kind() != Token.Kind.POSSESSIVE) {
                int w = k + 1;
                while (w < end && w - k < 6 && !tokens.get(w).text().equals("words")) {
                    w++;
                }
                if (w < end && tokens.get(w).text().equals("words") && tokens.get(w - 1).kind() == Token.Kind.POSSESSIVE) {
                    Attribution r = speakers.resolve(actors, k + 1, w - 1, q.textStart(), "in words");
                    if (r != null) {
                        return r.withAdjacent(linked);
                    }
                }
            }
        }
        for (int k = a; k < end; k++) {
            int phrase = phraseAt(tokens, k, end);
            if (phrase > k) {
                int e = phrase;
                while (e < end && !isClauseStop(tokens.get(e))) {
                    e++;
                }
                Attribution r = speakers.resolve(actors, phrase, e, q.textStart(), cueText(tokens, k, phrase));
                if (r != null) {
                    return r.withAdjacent(linked);
                }
            }
        }
        if (last.is(':') && !hasCue(a, end)) {
            // "De Miranda evokes the notion in his introduction: “…”": a colon hands the floor to the subject.
            for (MentionRef m : actors.mentionsIn(tokens.get(a).start(), tokens.get(Math.min(end - 1, a + 3)).end())) {
                if (actors.type(m.actor()) == ActorType.PERSON) {
                    return Attribution.of(m.actor(), null, Basis.CLAUSE).withAdjacent(true).withWords(m.start(), m.end());
                }
            }
            // "a question came from a member of the audience: “…”": an unnamed source just before the colon.
            for (int k = Math.max(a, lastIndex - MAX_SUBJECT); k < lastIndex; k++) {
                if (cues.isSourceDeterminer(tokens.get(k).text()) && k + 1 < lastIndex
                        && cues.isSourceHead(tokens.get(k + 1).text()) && !tokens.get(k).capitalised()) {
                    Attribution r = speakers.resolve(actors, k, lastIndex, q.textStart(), null);
                    if (r != null && r.actor() == null && r.anonymous() != null) {
                        return r.withAdjacent(true);
                    }
                }
            }
        }
        // The last cue before the quote; its subject runs back to the start of its clause.
        for (int c = end - 1; c >= a; c--) {
            Token t = tokens.get(c);
            if (!isCue(c, t)) {
                continue;
            }
            if (linkedOnly && end - c > 8) {
                return null; // the cue is too far from the quote to introduce it
            }
            int s = clauseStart(tokens, a, c, c);
            if (s == c && s > a + 1 && tokens.get(s - 1).is(',') && isParticiple(t)) {
                // "He also attacked Manchin, saying the senator “…”": the main clause's subject speaks,
                // not its object.
                Attribution r = openingSubject(actors, tokens, clauseStart(tokens, a, s - 1, s - 1), s - 1, q, t.text());
                if (r != null) {
                    return r.withAdjacent(linked);
                }
            }
            int tag = s == c ? c - 2 : -1; // "Speaker Kevin McCarthy, R-Calif., told reporters:", "Schumer, D-N.Y., said"
            while (tag > a && c - tag < 7 && (tokens.get(tag).is('.') || tokens.get(tag).text().length() == 1
                    && Character.isUpperCase(tokens.get(tag).text().charAt(0)))) {
                tag--;
            }
            int subjectEnd = c;
            if (tag > a + 1 && tokens.get(c - 1).is(',') && PartyTag.is(tokens.get(tag).text())
                    && tokens.get(tag - 1).is(',')) {
                s = clauseStart(tokens, a, tag - 1, c);
                subjectEnd = tag - 1;
            } else if (s == c && s > a + 1 && tokens.get(s - 1).is(',')) {
                s = clauseStart(tokens, a, s - 1, c); // "Mr. Warner, the Virginia Democrat, called…"
            }
            if (s > a + 1 && tokens.get(s - 1).is(',') && startsWithDeterminer(tokens, s, c)) {
                // "Smith, the chief executive, said:": the appositive's owner is the subject, when
                // the clause before it opens on a name ("In an interview with CNN, the senator said": not so).
                int owner = clauseStart(tokens, a, s - 1, s - 1);
                if (opensOnMention(actors, tokens, owner, s - 1)) {
                    s = owner;
                }
            }
            if (s > a + 1 && tokens.get(s - 1).is(',') && (isRelative(tokens.get(s)) || isParticiple(tokens.get(s))
                    || isPastParticiple(tokens.get(s)))) {
                // "A senior official, who spoke on condition of anonymity, said": the relative clause
                // describes the subject before it; so does "Collins, asked about Trump’s tariffs, said".
                int owner = clauseStart(tokens, a, s - 1, s - 1);
                if (owner < s - 1) {
                    // "… from Netanyahu's Likud party, which tried …": the name just before "which" is meant.
                    // "Trump, speaking at a rally in Iowa, called": a participle, like "who", describes the name before.
                    boolean participle = isParticiple(tokens.get(s)) || isPastParticiple(tokens.get(s));
                    boolean who = !tokens.get(s).text().equalsIgnoreCase("which");
                    MentionRef antecedent = null;
                    for (MentionRef m : actors.mentionsIn(tokens.get(owner).start(), tokens.get(s - 2).end())) {
                        antecedent = m;
                    }
                    if (antecedent != null && (participle || (actors.type(antecedent.actor()) == ActorType.PERSON) == who)
                            && tokens.indexAtOrAfter(antecedent.end()) >= s - 3) {
                        return Attribution.of(antecedent.actor(), t.text(), Basis.CLAUSE).withAdjacent(linked)
                                .withWords(antecedent.start(), antecedent.end());
                    }
                    Attribution r = speakers.resolve(actors, owner, s - 1, q.textStart(), t.text(), true);
                    if (r != null) {
                        return r.withAdjacent(linked);
                    }
                }
            }
            Attribution r = speakers.resolve(actors, s, subjectEnd, q.textStart(), t.text(), true);
            if (r == null && s > a && t.text().endsWith("ing") && tokens.get(s - 1).is(',')) {
                // "X condemned the attack, saying that it “…”": the subject of the main clause speaks.
                r = speakers.resolve(actors, a, s - 1, q.textStart(), t.text());
            }
            if (r != null) {
                return r.withAdjacent(linked);
            }
            // "said" with an object after a subject clause: "…, Smith told reporters on Monday:"
        }
        return null;
    }

    /**
     * A sentence with no cue whose subject is a text ("The executive order directs agencies to “…”",
     * "Une des dispositions de ce projet de loi prévoit de « … »"): the text speaks, as described
     * from its determiner to its noun ("the executive order", "ce projet de loi"). Only the first
     * {@link #DOCUMENT_SUBJECT} tokens of the sentence are looked at, and no person may come first.
     */
    Attribution documentSubject(ActorSet actors, QuotedSpan q, int sentenceStart) {
        Tokens tokens = actors.tokens();
        int a = tokens.indexAtOrAfter(sentenceStart);
        int end = Math.min(tokens.indexBefore(q.open()), a + DOCUMENT_SUBJECT);
        for (int k = a; k < end; k++) {
            Token t = tokens.get(k);
            if (quoted[Math.min(k, quoted.length - 1)] || isCue(k, t) || t.is(',') && k == a) {
                return null;
            }
            if (!t.isWord() || !cues.isDocument(t.text()) || t.capitalised() && k > a) {
                continue;
            }
            int d = k - 1;
            while (d >= a && !DOCUMENT_DETERMINERS.contains(tokens.get(d).text().toLowerCase(Locale.ROOT))) {
                d--;
            }
            if (d < a || k - d > 3) {
                return null;
            }
            for (MentionRef m : actors.mentionsIn(tokens.get(a).start(), t.start())) {
                if (actors.type(m.actor()) == ActorType.PERSON) {
                    return null; // "Smith's lawsuit …": the person is the one to name
                }
            }
            int e = k + 1;
            if (e + 1 < end && (tokens.get(e).text().equals("de") || tokens.get(e).text().equals("of"))
                    && cues.isDocument(tokens.get(e + 1).text())) {
                e += 2; // "projet de loi"
            }
            String description = tokens.text().substring(tokens.get(d).start(), tokens.get(e - 1).end());
            if (Character.isUpperCase(description.charAt(0)) && description.length() > 1) {
                description = Character.toLowerCase(description.charAt(0)) + description.substring(1);
            }
            return Attribution.document(description, null);
        }
        return null;
    }

    /** Where a cue phrase ("according to") starting at k ends, or k when none starts there. */
    private int phraseAt(Tokens tokens, int k, int end) {
        for (String[] p : cues.phrases()) {
            if (k + p.length > end) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < p.length && match; i++) {
                match = tokens.get(k + i).text().equalsIgnoreCase(p[i]);
            }
            if (match) {
                return k + p.length;
            }
        }
        return k;
    }

    private static String cueText(Tokens tokens, int a, int b) {
        return tokens.text().substring(tokens.get(a).start(), tokens.get(b - 1).end());
    }

    private static boolean endsWithLink(String quote) {
        if (quote.isEmpty()) {
            return false;
        }
        char c = quote.charAt(quote.length() - 1);
        return c == ',' || c == '?' || c == '!' || c == '—' || c == '–' || c == '…' || c == '-';
    }

    private static boolean isLinkPunct(Token t) {
        return t.is(',') || t.is('—') || t.is('–') || t.is('-');
    }

    private static boolean isTerminal(Token t) {
        return t.is('.') || t.is('!') || t.is('?') || t.is('“') || t.is('«') || t.is('„');
    }

    private static boolean isClauseStop(Token t) {
        return t.kind() == Token.Kind.PUNCT && !t.is('-') && !t.is('\'') && !t.is('’') && !t.is('[') && !t.is(']')
                && !t.is('&');
    }

    private boolean hasCue(int a, int end) {
        for (int k = a; k < end; k++) {
            if (isCue(k, tokensRef.get(k))) {
                return true;
            }
        }
        return false;
    }

    private int clauseStart(Tokens tokens, int a, int from, int cue) {
        int s = from;
        while (s > a && !isClauseStop(tokens.get(s - 1)) && !quoted[s - 1] && cue - s < MAX_SUBJECT) {
            s--;
        }
        return s;
    }

    private static boolean startsWithDeterminer(Tokens tokens, int s, int c) {
        String w = tokens.get(s).text().toLowerCase(Locale.ROOT);
        return c > s && (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("his")
                || w.equals("her"));
    }

    /**
     * The subject that opens tokens [s, e): a pronoun ("He also attacked …") or a name standing first
     * ("The White House pushed back …"), or null.
     */
    private Attribution openingSubject(ActorSet actors, Tokens tokens, int s, int e, QuotedSpan q, String cue) {
        if (s >= e) {
            return null;
        }
        String w = tokens.get(s).text().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(w)) {
            return speakers.resolve(actors, s, s + 1, q.textStart(), cue);
        }
        int k = w.equals("the") && s + 1 < e ? s + 1 : s;
        for (MentionRef m : actors.mentionsIn(tokens.get(s).start(), tokens.get(e - 1).end())) {
            if (m.start() == tokens.get(k).start() || m.start() == tokens.get(s).start()) {
                return Attribution.of(m.actor(), cue, Basis.CLAUSE).withWords(m.start(), m.end());
            }
            return null;
        }
        return null;
    }

    /** "asked", "pressed", "flanked": a past participle opening a phrase that describes the name before it. */
    private boolean isPastParticiple(Token t) {
        String w = t.text();
        return t.isWord() && !t.capitalised() && w.length() > 4 && w.endsWith("ed") && !cues.isCueVerb(w);
    }

    private static boolean isParticiple(Token t) {
        String w = t.text();
        return t.isWord() && !t.capitalised() && w.length() > 5 && w.endsWith("ing");
    }

    private static boolean isRelative(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("who") || w.equals("which") || w.equals("whose");
    }

    /** Tokens [s, e) open on an actor's name: the owner of an appositive that follows them. */
    private static boolean opensOnMention(ActorSet actors, Tokens tokens, int s, int e) {
        if (s >= e) {
            return false;
        }
        int k = s;
        while (k < e && tokens.get(k).isWord() && TITLE_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k++; // "Mr. Warner", "Sen. Warner"
            while (k < e && tokens.get(k).is('.')) {
                k++;
            }
        }
        if (k >= e) {
            return false;
        }
        for (MentionRef m : actors.mentionsIn(tokens.get(s).start(), tokens.get(e - 1).end())) {
            boolean opens = m.start() == tokens.get(k).start() || m.start() == tokens.get(s).start();
            // A person opens a clause as its subject; anything else only when it is the whole clause
            // ("Nvidia, the chipmaker, said", not "Speaking to CNN, the senator said").
            return opens && (actors.type(m.actor()) == ActorType.PERSON || m.end() == tokens.get(e - 1).end());
        }
        return false;
    }

    private static boolean isNameStart(Token t) {
        return t.capitalised();
    }
}
