package com.precis.document;

/**
 * One direct quote. {@code text} is the quoted words without the quotation marks and occurs verbatim
 * in cleanText. {@code speaker} is null when nobody is named; an anonymous source keeps its
 * description as the speaker's name with a null actorId.
 */
public record Quote(
        String text,
        Speaker speaker,
        String cue,
        QuoteKind kind,
        boolean anonymous,
        int sentenceIndex,
        boolean key) {
}
