package com.precis.quotes;

import com.precis.actors.ActorRef;
import com.precis.actors.Gender;
import com.precis.document.ActorType;

/**
 * Who a quote may be attributed to: a known actor, a name the actor stage missed ({@code newName},
 * made an actor only if it is chosen), or an unnamed source's description (then actor is null).
 * {@code cue} is the reporting verb or phrase as written; {@code adjacent} says the attribution is
 * tied to the quote by punctuation ("…,” he said), as a full quotation is. {@code document} says the
 * description is a text that is quoted ("the bill says"), not an unnamed person. {@code basis} says
 * how the words named the speaker, {@code gender} what a pronoun told of them (recorded on the actor
 * only if chosen), and [{@code from}, {@code to}) where those words stand (-1 when no words did).
 */
record Attribution(ActorRef actor, String anonymous, String cue, boolean adjacent, boolean document, Basis basis,
                   NewName newName, Gender gender, int from, int to) {

    /** How the words around the cue named the speaker: each is a feature of the candidate. */
    enum Basis {
        /** A name the actor stage found: "Lutnick told CNBC". */
        NAME,
        /** "he", "she", "it", "they" resolved to an antecedent. */
        PRONOUN,
        /** A title or description resolved to the actor with that role: "the minister", "the Texas Republican". */
        TITLE,
        /** An organisation noun resolved to an organisation: "the company", "the agency". */
        ORGANISATION_NOUN,
        /** "the statement said": whoever the sentence before was about issued it. */
        STATEMENT,
        /** "a spokesman for Nvidia": the organisation speaks through its spokesperson. */
        SPOKESPERSON,
        /** An unnamed person or group with a source noun: "a person close to the policymakers", "analysts". */
        UNNAMED,
        /** A plural noun with no source noun: "critics", "economists at the bank". */
        GROUP,
        /** A quoted text: "the bill says". */
        DOCUMENT,
        /** A capitalised name the actor stage missed. */
        NEW_NAME,
        /** The clause's subject found by structure: a colon, a relative clause, a participle, "in X's words". */
        CLAUSE
    }

    /** A speaker's name the actor stage did not find, with its look-based type and where it stands. */
    record NewName(String name, ActorType type, int start, int end) {
    }

    static Attribution of(ActorRef actor, String cue, Basis basis) {
        return new Attribution(actor, null, cue, false, false, basis, null, null, -1, -1);
    }

    static Attribution unnamed(String description, String cue, Basis basis) {
        return new Attribution(null, description, cue, false, false, basis, null, null, -1, -1);
    }

    /** A quoted text with no named author: "the bill", "the indictment". */
    static Attribution document(String description, String cue) {
        return new Attribution(null, description, cue, false, true, Basis.DOCUMENT, null, null, -1, -1);
    }

    static Attribution newName(NewName name, String cue) {
        return new Attribution(null, null, cue, false, false, Basis.NEW_NAME, name, null, -1, -1);
    }

    /** A cue tied to a quote whose subject words [from, to) name nobody that could be read. */
    static Attribution unread(String cue, int from, int to) {
        return new Attribution(null, null, cue, true, false, null, null, null, from, to);
    }

    /** An unnamed person or group ("a person close to the policymakers"), not a quoted text. */
    boolean unnamedSource() {
        return actor == null && newName == null && anonymous != null && !document;
    }

    boolean hasSpeaker() {
        return actor != null || anonymous != null || newName != null;
    }

    /** Who this is, so that candidates naming the same speaker are one: an actor, a new name or a description. */
    String key() {
        if (actor != null) {
            return "actor " + actor.index();
        }
        if (newName != null) {
            return "name " + newName.name();
        }
        return (document ? "text " : "source ") + anonymous;
    }

    Attribution withAdjacent(boolean adjacent) {
        return new Attribution(actor, anonymous, cue, adjacent, document, basis, newName, gender, from, to);
    }

    Attribution withGender(Gender gender) {
        return new Attribution(actor, anonymous, cue, adjacent, document, basis, newName, gender, from, to);
    }

    Attribution withWords(int from, int to) {
        return new Attribution(actor, anonymous, cue, adjacent, document, basis, newName, gender, from, to);
    }

    Attribution withActor(ActorRef actor) {
        return new Attribution(actor, anonymous, cue, adjacent, document, basis, null, gender, from, to);
    }
}
