package com.precis.index;

import com.precis.document.Actor;
import com.precis.document.Quote;

/**
 * One way to find an article: a quote under one of its speaker's names, or an actor under one of
 * its names. {@code key} is the {@link NameKey} it is found by and {@code form} the name as the
 * article wrote it. For a quote, {@code actor} is the speaker's actor when the article has it
 * (null otherwise) and {@code quoteIndex} the quote's place in the article; for an actor entry
 * {@code quote} is null and {@code quoteIndex} -1.
 */
public record IndexEntry(Kind kind, String key, String form, String name, Actor actor, Quote quote, int quoteIndex) {

    /** What an entry lists, and the prefix of its lookup key. */
    public enum Kind {
        QUOTE("speaker"),
        ACTOR("actor");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The lookup key of a name for this kind: {@code speaker:howard lutnick}, {@code actor:nvidia}. */
        public String lookup(String nameKey) {
            return prefix + ":" + nameKey;
        }
    }

    public String lookupKey() {
        return kind.lookup(key);
    }
}
