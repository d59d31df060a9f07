package com.precis.actors;

import com.precis.document.ActorType;

/**
 * What the shipped gazetteers know about a name: its canonical form, its type, and for countries'
 * capitals and demonyms, the country they stand for.
 */
public record GazetteerEntry(String canonical, ActorType type, Kind kind, String country, String shortName) {

    public enum Kind { COUNTRY, CAPITAL, DEMONYM, PLACE, INSTITUTION, PERSON }

    public boolean isCountry() {
        return kind == Kind.COUNTRY;
    }
}
