package com.precis.quotes;

import com.precis.actors.ActorRef;

/**
 * Who a quote is attributed to: a known actor, or an unnamed source's description (then actor is
 * null). {@code cue} is the reporting verb or phrase as written; {@code adjacent} says the
 * attribution is tied to the quote by punctuation ("…,” he said), as a full quotation is.
 * {@code document} says the description is a text that is quoted ("the bill says"), not an
 * unnamed person.
 */
record Attribution(ActorRef actor, String anonymous, String cue, boolean adjacent, boolean document) {

    Attribution(ActorRef actor, String anonymous, String cue, boolean adjacent) {
        this(actor, anonymous, cue, adjacent, false);
    }

    /** A quoted text with no named author: "the bill", "the indictment". */
    static Attribution document(String description, String cue) {
        return new Attribution(null, description, cue, false, true);
    }

    /** An unnamed person or group ("a person close to the policymakers"), not a quoted text. */
    boolean unnamedSource() {
        return actor == null && anonymous != null && !document;
    }

    boolean hasSpeaker() {
        return actor != null || anonymous != null;
    }

    Attribution withAdjacent(boolean adjacent) {
        return new Attribution(actor, anonymous, cue, adjacent, document);
    }
}
