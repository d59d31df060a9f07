package com.precis.document;

public enum ActorType {
    PERSON, ORGANIZATION, GOVERNMENT, LOCATION
}
