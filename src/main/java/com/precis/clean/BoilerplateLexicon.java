package com.precis.clean;

import com.precis.text.Whitespace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The multilingual phrases of boilerplate shipped in {@code boilerplate.txt}, by kind. */
public final class BoilerplateLexicon {

    public enum Kind { TAIL, COMMENTS, SHARE, SHARE_PHRASE, PROMO, AD_LABEL, DISCLAIMER, CREDIT, CREDIT_WORD, WIRE_NOTE, DATE_LABEL }

    private final Map<Kind, Set<String>> phrases;
    private final Map<Kind, List<String>> phraseList;

    private BoilerplateLexicon(Map<Kind, Set<String>> phrases) {
        this.phrases = phrases;
        this.phraseList = new EnumMap<>(Kind.class);
        phrases.forEach((kind, set) -> phraseList.put(kind, List.copyOf(set)));
    }

    public static BoilerplateLexicon standard() {
        Map<Kind, Set<String>> phrases = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            phrases.put(kind, new HashSet<>());
        }
        try (InputStream in = BoilerplateLexicon.class.getResourceAsStream("boilerplate.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource boilerplate.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Kind kind = null;
            for (String line; (line = reader.readLine()) != null; ) {
                String phrase = line.strip();
                if (phrase.isEmpty() || phrase.startsWith("#")) {
                    continue;
                }
                if (phrase.startsWith("[") && phrase.endsWith("]")) {
                    kind = Kind.valueOf(phrase.substring(1, phrase.length() - 1).toUpperCase(Locale.ROOT).replace('-', '_'));
                    continue;
                }
                if (kind == null) {
                    throw new IllegalStateException("boilerplate.txt: phrase before any [section]: " + phrase);
                }
                phrases.get(kind).add(normalize(phrase));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BoilerplateLexicon(phrases);
    }

    /** Lower case, curly apostrophes straight, punctuation at the ends and runs of spaces removed. */
    public static String normalize(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ');
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetterOrDigit(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
            end--;
        }
        return Whitespace.collapse(lower.substring(start, end));
    }

    private static String stripLeadingCount(String line) {
        int i = 0;
        while (i < line.length() && (Character.isDigit(line.charAt(i)) || Character.isWhitespace(line.charAt(i)))) {
            i++;
        }
        return i > 0 && i < line.length() ? line.substring(i) : line;
    }

    /** "Related: Chicago is America's most segregated city": a tail phrase used as a label for one link. */
    public boolean isLabelledLink(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40) {
            colon = line.indexOf('：');
        }
        return colon > 0 && colon <= 40 && phrases.get(Kind.TAIL).contains(normalize(line.substring(0, colon)));
    }

    /** The whole (normalised) line is one phrase of the kind. */
    public boolean isExactly(Kind kind, String line) {
        return phrases.get(kind).contains(normalize(line));
    }

    /** The line starts with a phrase of the kind (after any count: "12 Comments"), followed by nothing or a non-letter. */
    public boolean startsWith(Kind kind, String line) {
        String n = normalize(stripLeadingCount(line));
        for (String phrase : phraseList.get(kind)) {
            if (n.startsWith(phrase) && (n.length() == phrase.length() || !Character.isLetter(n.charAt(phrase.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The line contains a phrase of the kind as whole words. */
    public boolean mentions(Kind kind, String line) {
        String n = normalize(line);
        for (String phrase : phraseList.get(kind)) {
            int at = n.indexOf(phrase);
            while (at >= 0) {
                boolean leftOk = at == 0 || !Character.isLetter(n.charAt(at - 1));
                int after = at + phrase.length();
                boolean rightOk = after == n.length() || !Character.isLetter(n.charAt(after));
                if (leftOk && rightOk) {
                    return true;
                }
                at = n.indexOf(phrase, at + 1);
            }
        }
        return false;
    }

    /**
     * A picture credit: names a picture agency, or starts with a credit word used as a label
     * ("Photo: …", "Photo by …", "(Photo …)").
     */
    public boolean isCredit(String line) {
        if (mentions(Kind.CREDIT, line)) {
            return true;
        }
        String lower = line.strip().toLowerCase(Locale.ROOT);
        for (String word : phrases.get(Kind.CREDIT_WORD)) {
            // "Whale expert Hori Parata. Photograph: Adrian Malloch": a label with its colon, anywhere
            int at = lower.indexOf(word + ":");
            if (at == 0 || at > 0 && !Character.isLetter(lower.charAt(at - 1))) {
                return true;
            }
        }
        if (lower.startsWith("(") || lower.startsWith("[")) {
            lower = lower.substring(1);
        }
        int end = 0;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        if (end == 0 || !phrases.get(Kind.CREDIT_WORD).contains(lower.substring(0, end))) {
            return false;
        }
        String rest = lower.substring(end).stripLeading();
        return rest.startsWith(":") || rest.startsWith("by ") || rest.startsWith("©") || rest.startsWith("/")
                || rest.startsWith("par ") || rest.startsWith("von ") || rest.startsWith("de ") && rest.length() < 40;
    }

    /** Every word of the line is a share or follow word: "Share Tweet Email". */
    public boolean isShareBar(String line) {
        String n = normalize(line);
        if (n.isEmpty()) {
            return false;
        }
        if (phrases.get(Kind.SHARE).contains(n)) {
            return true;
        }
        List<String> words = new ArrayList<>(List.of(n.split("[\\s|·•/,]+")));
        words.removeIf(String::isEmpty);
        return !words.isEmpty() && words.size() <= 12 && phrases.get(Kind.SHARE).containsAll(words);
    }
}
