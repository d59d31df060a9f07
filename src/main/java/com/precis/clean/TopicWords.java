package com.precis.clean;

import com.precis.text.LanguageDetector;
import java.util.Locale;

/**
 * The content words of a text (not function words, at least four letters; pairs of characters
 * in Chinese and Japanese), to tell whether two pieces of text are about the same thing.
 */
final class TopicWords {

    /** A bag of content words: words can be added and taken out again. */
    static final class Vocabulary {
        private final java.util.Map<String, Integer> words = new java.util.HashMap<>();

        boolean contains(String w) {
            return words.containsKey(w);
        }

        int size() {
            return words.size();
        }

        void add(String w) {
            words.merge(w, 1, Integer::sum);
        }

        void remove(String w) {
            words.computeIfPresent(w, (k, n) -> n == 1 ? null : n - 1);
        }
    }

    private final LanguageDetector languages;

    TopicWords(LanguageDetector languages) {
        this.languages = languages;
    }

    Vocabulary vocabulary() {
        return new Vocabulary();
    }

    void add(Vocabulary v, String text) {
        forEachWord(text, v::add);
    }

    void remove(Vocabulary v, String text) {
        forEachWord(text, v::remove);
    }

    /** Share of the text's content words that are in the vocabulary (0 when it has none). */
    double overlap(String text, Vocabulary v) {
        int[] counts = new int[2];
        forEachWord(text, w -> {
            counts[0]++;
            if (v.contains(w)) {
                counts[1]++;
            }
        });
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    private void forEachWord(String text, java.util.function.Consumer<String> sink) {
        StringBuilder word = new StringBuilder();
        char previousUnspaced = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (i < n && WordCount.isUnspaced(c)) {
                if (previousUnspaced != 0) {
                    sink.accept(new String(new char[] {previousUnspaced, c}));
                }
                previousUnspaced = c;
                emit(word, sink);
                continue;
            }
            previousUnspaced = 0;
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else {
                emit(word, sink);
            }
        }
    }

    private void emit(StringBuilder word, java.util.function.Consumer<String> sink) {
        if (word.length() >= 4 && !languages.isFunctionWord(word.toString())) {
            sink.accept(word.toString().toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
    }
}
