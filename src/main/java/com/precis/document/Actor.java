package com.precis.document;

import java.util.List;

/** A person, organisation, government or place the article talks about, merged across its aliases. */
public record Actor(
        String id,
        String name,
        ActorType type,
        List<String> roles,
        List<String> aliases,
        int mentions,
        double salience) {

    public Actor {
        roles = List.copyOf(roles);
        aliases = List.copyOf(aliases);
    }
}
