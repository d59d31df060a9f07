package com.precis.ner;

/** The kinds of name the tagger finds. Governments are a decision made later, on top of ORG and LOC. */
public enum EntityType {
    PER, ORG, LOC
}
