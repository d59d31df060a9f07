package com.precis.quotes;

import com.precis.actors.ActorRef;
import com.precis.actors.ActorSet;
import com.precis.actors.MentionRef;
import com.precis.actors.Token;
import com.precis.actors.Tokens;
import com.precis.document.ActorType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the words just before a quote or a pronoun were about: the sentence before it, the actor
 * that opens that sentence as its subject, the actor a passage keeps naming. Every look-back is
 * bounded ({@link #TOKENS} tokens, or the caller's window) so the stage stays linear.
 */
final class SentenceBefore {

    /** How many tokens back the sentence before a quote is looked for. */
    static final int TOKENS = 80;

    private SentenceBefore() {
    }

    /**
     * The tokens [start, end) of the sentence that ends just before {@code anchor} (closing quotation
     * marks and full stops skipped), or null when its start is not within {@link #TOKENS} tokens.
     */
    static int[] range(Tokens tokens, int anchor) {
        int e = tokens.indexBefore(anchor);
        while (e > 0 && isEdge(tokens.get(e - 1))) {
            e--;
        }
        int ss = e;
        while (ss > 0 && e - ss < TOKENS && !isTerminal(tokens.get(ss - 1))) {
            ss--;
        }
        if (ss >= e || ss > 0 && !isTerminal(tokens.get(ss - 1))) {
            return null;
        }
        return new int[] {ss, e};
    }

    /**
     * The actor that opens the sentence before {@code anchor} as its subject ("The Food Standards
     * Agency warned …"), if it passes the test. The look-back is bounded by {@link #TOKENS}.
     */
    static ActorRef subject(ActorSet actors, Tokens tokens, int anchor, Predicate<MentionRef> test) {
        int[] range = range(tokens, anchor);
        if (range == null) {
            return null;
        }
        int ss = range[0];
        int e = range[1];
        int first = ss;
        while (first < e && (!tokens.get(first).isWord()
                || SpeakerResolver.DETERMINERS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT)))) {
            if (isEdge(tokens.get(first))) {
                return null; // the sentence opens on a quote: a name there is the quoted speaker's words
            }
            first++;
        }
        if (first >= e) {
            return null;
        }
        List<MentionRef> in = actors.mentionsIn(tokens.get(ss).start(), tokens.get(e - 1).end());
        if (in.isEmpty() || in.get(0).start() != tokens.get(first).start() || !test.test(in.get(0))) {
            return null;
        }
        return in.get(0).actor();
    }

    /**
     * The actor of that type mentioned most often in [notBefore, anchor), the later one on a tie: what
     * "the company" means in a passage about one company that names others in passing.
     */
    static ActorRef mostMentioned(ActorSet actors, int anchor, int notBefore, ActorType type) {
        Map<ActorRef, Integer> counts = new HashMap<>();
        ActorRef best = null;
        int bestCount = 0;
        for (MentionRef m : actors.mentionsIn(Math.max(0, notBefore), anchor)) {
            if (actors.type(m.actor()) != type || m.end() > anchor) {
                continue;
            }
            int n = counts.merge(m.actor(), 1, Integer::sum);
            if (n >= bestCount) {
                best = m.actor();
                bestCount = n;
            }
        }
        return best;
    }

    private static boolean isTerminal(Token t) {
        return t.is('.') || t.is('!') || t.is('?');
    }

    private static boolean isEdge(Token t) {
        return isTerminal(t) || t.is('“') || t.is('"') || t.is('”') || t.is('«') || t.is('»') || t.is('„');
    }
}
