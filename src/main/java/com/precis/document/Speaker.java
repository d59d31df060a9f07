package com.precis.document;

/** Who said a quote: the actor's canonical name and id, or an anonymous description with a null id. */
public record Speaker(String name, String actorId) {
}
