package com.precis.document;

public enum Status {
    /** Summarised. */
    OK,
    /** Could not be summarised; {@code error} says why. */
    FAILED,
    /** A worker is summarising the article's first version right now. */
    PROCESSING,
    /** The object was deleted; the last summary is kept, marked. */
    DELETED
}
