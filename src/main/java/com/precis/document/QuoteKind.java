package com.precis.document;

public enum QuoteKind {
    /** A quoted sentence or clause of the speaker's own words. */
    DIRECT,
    /** A few quoted words inside a sentence that is otherwise the writer's. */
    PARTIAL
}
