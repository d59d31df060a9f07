package com.precis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block of prose into sentences in one left-to-right pass. A boundary is a terminal mark
 * (. ! ? …), any closing quotes or brackets after it, whitespace, then something that can start a
 * sentence. Abbreviations, initials, decimals and quoted clauses ending in a comma do not end one.
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;
    private final Set<String> sentenceStarters;

    public SentenceSplitter(Set<String> abbreviations, Set<String> sentenceStarters) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.sentenceStarters = Set.copyOf(sentenceStarters);
    }

    /** The splitter with the abbreviations shipped in {@code abbreviations.txt}. */
    public static SentenceSplitter standard() {
        return new SentenceSplitter(readWords("abbreviations.txt"), readWords("sentence-starters.txt"));
    }

    /** Start and end offsets of each sentence in {@code block}, trimmed of surrounding whitespace. */
    public List<int[]> split(String block) {
        List<int[]> ranges = new ArrayList<>();
        int n = block.length();
        int start = skipSpace(block, 0);
        int i = start;
        while (i < n) {
            char c = block.charAt(i);
            if (isTerminal(c)) {
                int end = i + 1;
                while (end < n && isTerminal(block.charAt(end))) {
                    end++;
                }
                while (end < n && isCloser(block.charAt(end))) {
                    end++;
                }
                int next = skipSpace(block, end);
                if (next > end && next < n && startsSentence(block, next)
                        && !isAbbreviation(block, start, i, next)) {
                    ranges.add(new int[] {start, end});
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int end = n;
        while (end > start && Character.isWhitespace(block.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            ranges.add(new int[] {start, end});
        }
        return ranges;
    }

    private boolean isAbbreviation(String block, int sentenceStart, int dot, int next) {
        if (block.charAt(dot) != '.') {
            return false;
        }
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(block.charAt(w - 1))
                && !isOpener(block.charAt(w - 1))) {
            w--;
        }
        String word = block.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean dotted = lower.indexOf('.') >= 0; // U.S, e.g, a.m
        if (abbreviations.contains(lower) || dotted) {
            // "...in the U.S. The next day" still ends a sentence when a typical opener follows.
            return !(dotted && followsStarter(block, next));
        }
        return false;
    }

    private boolean followsStarter(String block, int next) {
        int e = next;
        while (e < block.length() && Character.isLetter(block.charAt(e))) {
            e++;
        }
        return sentenceStarters.contains(block.substring(next, e).toLowerCase(Locale.ROOT));
    }

    private static boolean startsSentence(String block, int i) {
        char c = block.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(c)
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '›';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '«' || c == '„' || c == '(' || c == '[' || c == '‹'
                || c == '\'' || c == '¿' || c == '¡';
    }

    static Set<String> readWords(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
