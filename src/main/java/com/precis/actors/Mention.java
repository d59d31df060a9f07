package com.precis.actors;

import com.precis.document.ActorType;

/**
 * One place where the text names an actor, before mentions are merged into actors. The type is
 * a first guess; {@link Strength} says how sure it is, and the resolver may change it.
 */
final class Mention {

    enum Strength { KNOWN, RULE, GUESS, UNKNOWN }

    final int firstToken;
    final int endToken;
    final int start;
    final int end;
    final String surface;
    ActorType type;
    Strength strength;
    GazetteerEntry entry;
    String role;
    Gender gender = Gender.UNKNOWN;
    boolean honorific;
    boolean sentenceInitial;
    /** A capital or country acting as the state: "Beijing has moved to…". */
    boolean actsAsState;
    /** The name only qualifies a noun ("the Obama administration"): it is no antecedent for "he". */
    boolean modifier;
    /** The type the name tagger gave this name, or null: for a lone word, one vote among the context's. */
    ActorType tagged;
    /** Set by the resolver: the mention belongs to this draft actor. */
    ActorDraft actor;

    Mention(int firstToken, int endToken, int start, int end, String surface, ActorType type, Strength strength) {
        this.firstToken = firstToken;
        this.endToken = endToken;
        this.start = start;
        this.end = end;
        this.surface = surface;
        this.type = type;
        this.strength = strength;
    }

    int tokenCount() {
        return endToken - firstToken;
    }

    @Override
    public String toString() {
        return surface + "[" + type + "/" + strength + (role != null ? ", " + role : "") + "]@" + start;
    }
}
