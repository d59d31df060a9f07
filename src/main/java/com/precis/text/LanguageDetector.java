package com.precis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small language detector that fits a Lambda package: non-Latin scripts decide by themselves;
 * Latin-script text is scored by how many of its words are frequent function words of each
 * language. Returns an ISO 639-1 code, or null when the text gives too little evidence.
 */
public final class LanguageDetector {

    private static final int MIN_HITS = 3;
    /** A body's language shows long before this; reading a 10 MB page whole would add nothing. */
    private static final int ENOUGH_CHARS = 20_000;

    private final Map<String, List<String>> languagesByWord;

    private final java.util.Set<String> listed;

    private LanguageDetector(Map<String, List<String>> languagesByWord) {
        this.languagesByWord = languagesByWord;
        java.util.Set<String> all = new java.util.HashSet<>();
        languagesByWord.values().forEach(all::addAll);
        this.listed = java.util.Set.copyOf(all);
    }

    /** Whether a lower-case word is a function word of any language the detector knows. */
    public boolean isFunctionWord(String word) {
        return languagesByWord.containsKey(word);
    }

    /** Whether the detector has function words for a language (else it knows it by script alone). */
    public boolean hasFunctionWords(String language) {
        return listed.contains(language);
    }

    public static LanguageDetector standard() {
        Map<String, List<String>> byWord = new HashMap<>();
        try (InputStream in = LanguageDetector.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource stopwords.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+");
                for (int i = 1; i < parts.length; i++) {
                    byWord.computeIfAbsent(parts[i], w -> new ArrayList<>(2)).add(parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageDetector(byWord);
    }

    public String detect(CharSequence text) {
        if (text.length() > ENOUGH_CHARS) {
            text = text.subSequence(0, ENOUGH_CHARS);
        }
        String script = dominantNonLatinScript(text);
        if (script != null) {
            return script;
        }
        Map<String, Integer> hits = functionWordHits(text);
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                best = e.getKey();
                bestHits = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // Three function words decide; two do in a short sentence when no other language has any.
        return bestHits >= MIN_HITS && bestHits > second || bestHits == MIN_HITS - 1 && second == 0 ? best : null;
    }

    /** How many words of the text are function words of each language, in the file's order. */
    public Map<String, Integer> functionWordHits(CharSequence text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        forEachWord(text, word -> {
            List<String> languages = languagesByWord.get(word);
            if (languages != null) {
                for (String language : languages) {
                    hits.merge(language, 1, Integer::sum);
                }
            }
        });
        return hits;
    }

    /** Share of words in the text that are function words of the given language. */
    public double functionWordShare(CharSequence text, String language) {
        int[] counts = new int[2];
        forEachWord(text, word -> {
            counts[0]++;
            List<String> languages = languagesByWord.get(word);
            if (languages != null && languages.contains(language)) {
                counts[1]++;
            }
        });
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /**
     * The lower-case words of a text. A short piece after an apostrophe is a clitic, not a word
     * ("Nvidia's", "don't"), and the piece before one is an elided article or pronoun ("l'article").
     */
    private static void forEachWord(CharSequence text, java.util.function.Consumer<String> sink) {
        StringBuilder word = new StringBuilder();
        boolean afterApostrophe = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if ((c == '\'' || c == '’') && word.length() > 0) {
                word.setLength(0);
                afterApostrophe = true;
                continue;
            }
            boolean clitic = afterApostrophe && word.length() <= 2;
            afterApostrophe = false;
            if (word.length() > 0 && !clitic) {
                sink.accept(word.toString());
            }
            word.setLength(0);
        }
    }

    private static String dominantNonLatinScript(CharSequence text) {
        Map<String, Integer> counts = new HashMap<>();
        int letters = 0;
        boolean ukrainianLetters = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (c < 0x370) {
                continue; // Latin letters, the most common by far, need no script lookup: Greek starts at U+0370
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            String language = switch (script) {
                case CYRILLIC -> "ru";
                case GREEK -> "el";
                case ARABIC -> "ar";
                case HEBREW -> "he";
                case HAN -> "zh";
                case HIRAGANA, KATAKANA -> "ja";
                case HANGUL -> "ko";
                case THAI -> "th";
                case DEVANAGARI -> "hi";
                default -> null;
            };
            if (language != null) {
                counts.merge(language, 1, Integer::sum);
            }
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                ukrainianLetters = true;
            }
        }
        if (letters == 0) {
            return null;
        }
        // Japanese mixes kana with Han characters: any real share of kana makes it Japanese.
        int kana = counts.getOrDefault("ja", 0);
        if (kana > letters / 10) {
            return "ja";
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null || bestCount * 2 < letters) {
            return null;
        }
        return "ru".equals(best) && ukrainianLetters ? "uk" : best.toLowerCase(Locale.ROOT);
    }
}
