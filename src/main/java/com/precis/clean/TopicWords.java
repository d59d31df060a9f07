package com.precis.clean;

import com.precis.text.LanguageDetector;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text (not function words, at least four letters; pairs of characters
 * in Chinese and Japanese), to tell whether two pieces of text are about the same thing.
 */
final class TopicWords {

    /** A growing set of content words. */
    static final class Vocabulary {
        private final Set<String> words = new HashSet<>();

        boolean contains(String w) {
            return words.contains(w);
        }

        int size() {
            return words.size();
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
        forEachWord(text, v.words::add);
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
