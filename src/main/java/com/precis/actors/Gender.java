package com.precis.actors;

/** The pronoun a person is referred to by, when the text or a given name tells. */
public enum Gender { MALE, FEMALE, UNKNOWN }
