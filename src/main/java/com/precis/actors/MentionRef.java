package com.precis.actors;

/** Where the text names an actor: the character range in cleanText and the actor. */
public record MentionRef(int start, int end, ActorRef actor) {
}
