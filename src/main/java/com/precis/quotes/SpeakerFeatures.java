package com.precis.quotes;

import com.precis.actors.ActorRef;
import com.precis.actors.ActorSet;
import com.precis.actors.MentionRef;
import com.precis.actors.Token;
import com.precis.actors.Tokens;
import com.precis.document.ActorType;
import java.util.Locale;
import java.util.Set;

/**
 * The feature functions over one place where the text names a candidate: each looks at a few
 * tokens around [start, end) and answers yes or no. All are constant time but for one bounded
 * mention look-up.
 */
final class SpeakerFeatures {

    /** How many characters back a name ending at a given token may start. */
    static final int LONGEST_NAME = 80;
    /** How many tokens may stand between a qualifying name and the person it qualifies: "Texas Gov. X". */
    private static final int QUALIFIER_GAP = 3;
    /** How many words of an appositive may come before its role word: ", a senior economist at". */
    private static final int APPOSITIVE_WORDS = 4;
    /** Prepositions after which a name is an object, besides the complement words of the resolver. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "by", "about", "against", "on", "into",
            "toward", "towards", "over");

    private SpeakerFeatures() {
    }

    /** The words [start, end) stand inside quotation marks: the name is talked about, not talking. */
    static boolean insideQuote(Tokens tokens, boolean[] quoted, int start) {
        int k = tokens.indexAtOrAfter(start);
        return k < quoted.length && quoted[k];
    }

    /** "X’s": followed directly by a possessive ending. */
    static boolean possessor(Tokens tokens, int end) {
        int k = tokens.indexAtOrAfter(end);
        return k < tokens.size() && tokens.get(k).kind() == Token.Kind.POSSESSIVE && tokens.get(k).start() == end;
    }

    /**
     * After a preposition: the name completes the noun or verb before it ("the ministry of X", "tweeted
     * to X"), except after "according to", which names a source.
     */
    static boolean complement(Tokens tokens, int start) {
        int k = tokens.indexAtOrAfter(start) - 1;
        if (k < 0 || !tokens.get(k).isWord()) {
            return false;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("to") && k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("according")) {
            return false;
        }
        return SpeakerResolver.COMPLEMENT_WORDS.contains(w) || PREPOSITIONS.contains(w);
    }

    /** The first word of its sentence or paragraph, or the second after a determiner: where a subject stands. */
    static boolean opensSentence(Tokens tokens, int start) {
        int k = tokens.indexAtOrAfter(start);
        if (k >= tokens.size()) {
            return false;
        }
        int j = k - 1;
        if (j >= 0 && isDeterminer(tokens.get(j)) && !startsBlock(tokens, tokens.get(k))) {
            j--;
        }
        if (j < 0 || startsBlock(tokens, tokens.get(j + 1))) {
            return true;
        }
        Token t = tokens.get(j);
        return t.is('.') || t.is('!') || t.is('?') || t.is('“') || t.is('”') || t.is('"');
    }

    private static boolean startsBlock(Tokens tokens, Token t) {
        return t.start() == 0 || tokens.text().charAt(t.start() - 1) == '\n';
    }

    private static boolean isDeterminer(Token t) {
        return t.isWord() && SpeakerResolver.DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A name qualifying the person named right after it: "Houston Mayor X", "Texas Gov. X", "Trump
     * adviser X". The words between must be that person's role (or, for a name the actor stage
     * missed, capitalised title words).
     */
    static boolean modifiesPerson(ActorSet actors, int end, Attribution.NewName missed) {
        Tokens tokens = actors.tokens();
        int k = tokens.indexAtOrAfter(end);
        int first = k;
        while (k < tokens.size() && k - first <= QUALIFIER_GAP && (tokens.get(k).isWord() || tokens.get(k).is('.'))) {
            if (k > first && startsPersonAfterRole(actors, tokens, first, k, missed)) {
                return true;
            }
            k++;
        }
        return false;
    }

    /** Tokens [first, k) are a role of the person (or missed name) starting at token k. */
    private static boolean startsPersonAfterRole(ActorSet actors, Tokens tokens, int first, int k, Attribution.NewName missed) {
        int at = tokens.get(k).start();
        if (missed != null && missed.start() == at) {
            for (int r = first; r < k; r++) {
                Token t = tokens.get(r);
                if (t.isWord() && (!t.capitalised() || actors.canBeName(t.text()))) {
                    return false;
                }
            }
            return true;
        }
        for (MentionRef m : actors.mentionsIn(at, at + 1)) {
            if (actors.type(m.actor()) != ActorType.PERSON) {
                continue;
            }
            for (int r = first; r < k; r++) {
                Token t = tokens.get(r);
                if (t.isWord() && !actors.hasRoleWord(m.actor(), t.text())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A role of the actor stands next to its name: before it ("Sen. X", "Mayor X") or in an
     * appositive after it ("X, an economist at …").
     */
    static boolean roleNext(ActorSet actors, ActorRef actor, int start, int end) {
        Tokens tokens = actors.tokens();
        int k = tokens.indexAtOrAfter(start) - 1;
        while (k >= 0 && tokens.get(k).is('.')) {
            k--;
        }
        if (k >= 0 && tokens.get(k).isWord() && actors.hasRoleWord(actor, tokens.get(k).text())) {
            return true;
        }
        int a = tokens.indexAtOrAfter(end);
        if (a >= tokens.size() || !tokens.get(a).is(',')) {
            return false;
        }
        for (int r = a + 1; r < tokens.size() && r <= a + APPOSITIVE_WORDS; r++) {
            Token t = tokens.get(r);
            if (!t.isWord()) {
                return false;
            }
            if (actors.hasRoleWord(actor, t.text()) && !t.text().equalsIgnoreCase(actors.name(actor))) {
                return true;
            }
        }
        return false;
    }
}
