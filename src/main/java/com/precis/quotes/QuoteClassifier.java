package com.precis.quotes;

import com.precis.actors.Token;
import com.precis.actors.Tokens;
import com.precis.document.QuoteKind;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a quotation from a quoted term. One to three words with no speech around them ("so-called
 * “window guidance”", "for “inference,” the stage when…") and titles in Title Case are terms, not
 * quotes; a few attributed words inside the writer's sentence ("viewed the remarks as “insulting”")
 * are PARTIAL; anything longer or set off by punctuation is DIRECT unless it is embedded in the
 * writer's clause.
 */
final class QuoteClassifier {

    /** A quoted span that is no quote. */
    static final QuoteKind TERM = null;

    private static final Set<String> TERM_MARKERS = Set.of("so-called", "called", "dubbed", "termed", "named",
            "nicknamed", "titled", "entitled", "known", "word", "words", "term", "terms", "phrase", "label", "labeled",
            "labelled", "for", "of", "the", "a", "an", "about", "its", "their", "his", "her", "our", "this", "that",
            "these", "those", "dit", "dite", "llamado", "llamada", "chamado", "chamada", "tzv", "takzvaný", "takzvané",
            "slogan", "hashtag", "mot", "palabra", "palavra");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to", "at",
            "by", "with", "or", "de", "la", "le", "el", "du", "des", "y", "et", "vs", "from", "&", "is", "it");

    private final CueLexicon cues;

    QuoteClassifier(CueLexicon cues) {
        this.cues = cues;
    }

    /** DIRECT, PARTIAL, or {@link #TERM} (null) for a quoted term that is left out. */
    QuoteKind classify(Tokens tokens, String text, QuotedSpan q, Attribution attribution, int words) {
        boolean adjacent = attribution != null && attribution.adjacent();
        if (titleCase(text) && !adjacent && !endsLikeSentence(text)) {
            return TERM; // a title, a slogan or a name: “Official Income Curbing and Non-Disclosure Act”
        }
        int before = tokens.indexBefore(q.open()) - 1;
        Token prev = before >= 0 ? tokens.get(before) : null;
        boolean embedded = prev != null && prev.end() > blockStartGuess(tokens, q) && (prev.isWord() || prev.kind() == Token.Kind.NUMBER)
                && !cues.isCueVerb(prev.text());
        if (words <= 3) {
            if (adjacent && !embedded) {
                return QuoteKind.DIRECT; // “No,” he said.
            }
            boolean marked = prev != null && prev.isWord() && TERM_MARKERS.contains(prev.text().toLowerCase(Locale.ROOT));
            boolean defined = text.endsWith(",") && definitionFollows(tokens, q);
            if (attribution != null && attribution.hasSpeaker() && !marked && !defined) {
                return QuoteKind.PARTIAL;
            }
            return TERM;
        }
        if (embedded || prev != null && prev.isWord() && cues.isCueVerb(prev.text()) && Character.isLowerCase(text.charAt(0))) {
            return QuoteKind.PARTIAL;
        }
        if (prev != null && prev.isWord() && (prev.text().equalsIgnoreCase("that") || prev.text().equals("que"))
                && Character.isLowerCase(text.charAt(0))) {
            return QuoteKind.PARTIAL;
        }
        return QuoteKind.DIRECT;
    }

    // A quote at the very start of a paragraph is not embedded in anything: tokens before it belong
    // to the previous paragraph. The quote's own paragraph starts after the last blank line.
    private static int blockStartGuess(Tokens tokens, QuotedSpan q) {
        String s = tokens.text();
        int i = s.lastIndexOf("\n\n", q.open());
        return i < 0 ? 0 : i + 2;
    }

    private static boolean definitionFollows(Tokens tokens, QuotedSpan q) {
        int k = tokens.indexAtOrAfter(q.after());
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("which") || w.equals("meaning")
                || w.equals("or") || w.equals("i.e.");
    }

    static boolean titleCase(String text) {
        int words = 0;
        for (String w : text.split("[\\s]+")) {
            String core = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (core.isEmpty()) {
                continue;
            }
            words++;
            if (words > 1 && SMALL_WORDS.contains(core.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(core.charAt(0)) && !Character.isDigit(core.charAt(0))) {
                return false;
            }
        }
        return words >= 2;
    }

    private static boolean endsLikeSentence(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ',';
    }
}
