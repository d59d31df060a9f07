package com.precis.quotes;

import com.precis.actors.ActorRef;

/**
 * Who a quote is attributed to: a known actor, or an unnamed source's description (then actor is
 * null). {@code cue} is the reporting verb or phrase as written; {@code adjacent} says the
 * attribution is tied to the quote by punctuation ("…,” he said), as a full quotation is.
 */
record Attribution(ActorRef actor, String anonymous, String cue, boolean adjacent) {

    boolean hasSpeaker() {
        return actor != null || anonymous != null;
    }

    Attribution withAdjacent(boolean adjacent) {
        return new Attribution(actor, anonymous, cue, adjacent);
    }
}
