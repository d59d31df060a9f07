package com.precis.quotes;

import com.precis.quotes.Attribution.Basis;

/**
 * What is known of one candidate speaker of a quote. Each is a yes/no fact; {@link SpeakerScore}
 * weighs them with weights learned by {@link SpeakerTrainer}. The names are the ones written in the
 * weights resource, so renaming one means training again.
 */
public enum SpeakerFeature {
    // Which reading of the text proposes the candidate.
    /** The subject of any cue of the quote's own (one of the five below): what they share. */
    CUE_SUBJECT(Sign.FOR),
    /** The subject of a cue before the quote and tied to it: "X said: “…”", "According to X, “…”". */
    CUE_BEFORE_TIED(Sign.FOR),
    /** The subject of a cue after the quote, tied to it by punctuation: "“…,” X said". */
    CUE_AFTER_TIED(Sign.FOR),
    /** The subject of a cue after the quote in the same clause, not tied to it: "“…” to wait, X said". */
    CUE_AFTER(Sign.FOR),
    /** The subject of a cue elsewhere in the quote's sentence, before it: "X said the plan was “…”". */
    CUE_IN_SENTENCE(Sign.FOR),
    /** A text that is the subject of a sentence with no cue: "The order directs agencies to “…”". */
    TEXT_SUBJECT(Sign.FOR),
    /** The quote repeats one this speaker said earlier. */
    ECHO(Sign.FOR),
    /** The quote continues one that ran over a paragraph break. */
    CONTINUES_QUOTE(Sign.FOR),
    /** The sentence just before the quote reports this speaker's words: "X said the plan failed. “…”". */
    CUE_SENTENCE_BEFORE(Sign.FOR),
    /** A person opening the sentence before the quote: "X, chairman of …, once summed it up. “…”". */
    OPENS_SENTENCE_BEFORE(Sign.FOR),
    /** The one person the sentence before the quote names: "Among those waiting was X, a nurse. “…”". */
    ONLY_PERSON_BEFORE(Sign.FOR),
    /** The speaker of the last attributed quote, in the same paragraph. */
    LAST_SPEAKER_SAME_PARAGRAPH(Sign.FOR),
    /** The speaker of the last attributed quote, in the paragraph before. */
    LAST_SPEAKER_PARAGRAPH_BEFORE(Sign.FOR),
    /** The speaker of the last attributed quote, two or three paragraphs back. */
    LAST_SPEAKER_FURTHER,
    /** A name among the cue's subject words that is not the one they were read as: "Houston" in "Houston Mayor X said". */
    IN_CUE_WORDS,
    /** The first name among the cue's subject words: "Facebook" in "Facebook co-founder X tweeted … and said". */
    FIRST_IN_CUE_WORDS,
    /**
     * A name in apposition to the cue's subject words: after them ("said another economist, Paul
     * Greer") or before them ("Fuad Basya, spokesman for the military, said").
     */
    APPOSITIVE_TO_CUE_WORDS(Sign.FOR),
    /** The subject opening the quote's paragraph. */
    OPENS_PARAGRAPH(Sign.FOR),
    /** Named near the quote: in its sentence or the sentence before. */
    NEARBY,

    // How the cue's subject words named the candidate (one per {@link Basis}).
    BY_NAME,
    BY_PRONOUN,
    BY_TITLE,
    BY_ORGANISATION_NOUN,
    BY_STATEMENT,
    BY_SPOKESPERSON,
    BY_UNNAMED,
    BY_GROUP,
    BY_DOCUMENT,
    BY_NEW_NAME,
    BY_CLAUSE,

    // What the candidate is.
    PERSON,
    ORGANISATION,
    GOVERNMENT,
    PLACE,
    UNNAMED_SOURCE,
    QUOTED_TEXT,

    // Where its nearest mention stands (the nearest outside quotation marks, if any).
    /** Every mention of it near the quote is inside quotation marks: it is talked about, not talking. */
    INSIDE_QUOTE(Sign.AGAINST),
    SAME_SENTENCE_BEFORE_QUOTE,
    SAME_SENTENCE_AFTER_QUOTE,
    SENTENCE_BEFORE,
    SAME_PARAGRAPH,
    /** Within 5 tokens of the quote. */
    DISTANCE_NEAR,
    /** Within 20 tokens of the quote. */
    DISTANCE_MID,
    /** Further, or no mention near the quote at all. */
    DISTANCE_FAR,
    NO_MENTION_NEARBY,
    /** The mention opens its sentence, where a subject stands. */
    OPENS_SENTENCE(Sign.FOR),
    /** "X’s": a possessor, seldom the speaker. */
    POSSESSOR(Sign.AGAINST),
    /** After a preposition ("of", "for", "at", "to", "with", …; not "according to"): it completes a noun or a verb. */
    COMPLEMENT(Sign.AGAINST),
    /** A place or body qualifying the person named next: "Houston Mayor X", "Texas Gov. X". */
    MODIFIES_PERSON(Sign.AGAINST),
    /** A role word stands next to the mention: "Sen. X", "X, an economist at …". */
    ROLE_NEXT(Sign.FOR),

    // Agreement with the cue.
    /** The cue's subject is "he" or "she" and this person may be of that gender. */
    PRONOUN_AGREES(Sign.FOR),
    /** The cue's subject is "he" or "she" and this person is known to be of the other gender. */
    PRONOUN_CLASHES(Sign.AGAINST),
    /** A cue tied to the quote names someone else. */
    TIED_CUE_NAMES_ANOTHER(Sign.AGAINST),
    /** A cue is tied to the quote but its subject could not be read. */
    TIED_CUE_UNREAD(Sign.AGAINST);

    /**
     * Which way a feature may weigh, as language says it must: for the candidate (a cue's subject, the
     * last speaker), against it (a name inside the quote, a possessor), or either way as learned.
     * Training keeps each weight on its side.
     */
    public enum Sign { FOR, AGAINST, FREE }

    private final Sign sign;

    SpeakerFeature() {
        this(Sign.FREE);
    }

    SpeakerFeature(Sign sign) {
        this.sign = sign;
    }

    public Sign sign() {
        return sign;
    }

    /** The feature for a basis: {@code BY_} and its name. */
    static SpeakerFeature of(Basis basis) {
        return valueOf("BY_" + basis.name());
    }
}
