package com.precis.eval;

import java.util.List;

/** One hand-annotated actor with its fullest name, the other forms the article uses, and its roles. */
public record GoldActor(String name, String type, List<String> aliases, List<String> roles) {

    public GoldActor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
