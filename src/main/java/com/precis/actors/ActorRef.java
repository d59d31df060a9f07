package com.precis.actors;

/** A handle on one actor of an {@link ActorSet}, for the quote stage to link speakers. */
public record ActorRef(int index) {
}
