package com.precis.summary;

import com.precis.document.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which actors each candidate sentence names (by name or alias, as whole words), so the summary
 * can prefer sentences that bring in salient actors it does not cover yet, and those an actor
 * leads. Names are indexed by their first word, so each sentence is read once whatever the
 * number of actors.
 */
final class ActorMentions {

    /** Actors given as examples ("…platforms, including Alibaba and ByteDance") are named in passing. */
    private static final double IN_PASSING = 0.5;
    private static final String[] EXAMPLE_MARKERS = {"including ", "such as ", "among them "};

    private final List<Actor> actors;
    /** Per sentence: the actors it names, each with 1, or {@link #IN_PASSING} when only given as an example. */
    private final List<Map<Integer, Double>> actorsBySentence;
    private final boolean[] actorLed;

    private ActorMentions(List<Actor> actors, List<Map<Integer, Double>> actorsBySentence, boolean[] actorLed) {
        this.actors = actors;
        this.actorsBySentence = actorsBySentence;
        this.actorLed = actorLed;
    }

    /** A name of an actor, as the words it is made of. */
    private record Form(int actor, String text) {
    }

    static ActorMentions of(List<Actor> actors, List<String> sentences) {
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        // Names nearly always start with a capital: lower-case words need no lookup unless one does not.
        boolean lowerCaseNames = false;
        for (int a = 0; a < actors.size(); a++) {
            List<String> names = new ArrayList<>();
            names.add(actors.get(a).name());
            names.addAll(actors.get(a).aliases());
            for (String name : names) {
                String first = firstWord(name, 0);
                if (!first.isEmpty()) {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Form(a, name));
                    lowerCaseNames |= Character.isLowerCase(first.charAt(0));
                }
            }
        }
        List<Map<Integer, Double>> bySentence = new ArrayList<>(sentences.size());
        boolean[] led = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            int subject = MainClauseSubject.start(sentence);
            Map<Integer, Double> named = new LinkedHashMap<>();
            int at = 0;
            while (at < sentence.length()) {
                if (!Character.isLetterOrDigit(sentence.charAt(at))
                        || at > 0 && Character.isLetterOrDigit(sentence.charAt(at - 1))
                        || !lowerCaseNames && Character.isLowerCase(sentence.charAt(at))) {
                    at++;
                    continue;
                }
                String word = firstWord(sentence, at);
                for (Form form : byFirstWord.getOrDefault(word, List.of())) {
                    if (wordAt(sentence, at, form.text())) {
                        named.merge(form.actor(), inPassing(sentence, at) ? IN_PASSING : 1.0, Math::max);
                        led[i] |= at == subject;
                    }
                }
                at += Math.max(1, word.length());
            }
            bySentence.add(named);
        }
        return new ActorMentions(actors, bySentence, led);
    }

    java.util.Collection<Integer> actorsIn(int sentence) {
        return actorsBySentence.get(sentence).keySet();
    }

    /** A named actor is the subject of the sentence's main clause. */
    boolean actorLed(int sentence) {
        return actorLed[sentence];
    }

    /** The salience of the actors the sentence names that are not among {@code covered}. */
    double gain(int sentence, Set<Integer> covered) {
        double gain = 0;
        for (Map.Entry<Integer, Double> named : actorsBySentence.get(sentence).entrySet()) {
            if (!covered.contains(named.getKey())) {
                gain += actors.get(named.getKey()).salience() * named.getValue();
            }
        }
        return gain;
    }

    /**
     * Whether the name at {@code at} is one of a list of examples: an example marker before it with
     * only names, commas and "and"/"or" between (looked for in the 80 characters before).
     */
    static boolean inPassing(String sentence, int at) {
        int from = Math.max(0, at - 80);
        String before = sentence.substring(from, at);
        int best = -1;
        String marker = null;
        for (String m : EXAMPLE_MARKERS) {
            int i = before.lastIndexOf(m);
            if (i > best) {
                best = i;
                marker = m;
            }
        }
        if (marker == null) {
            return false;
        }
        for (String word : before.substring(best + marker.length()).split("[\\s,]+")) {
            if (!word.isEmpty() && !word.equals("and") && !word.equals("or") && !word.equals("the")
                    && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The name stands at {@code at} as whole words ("CAC’s" counts, "CACTUS" not). */
    static boolean wordAt(String text, int at, String name) {
        if (!text.startsWith(name, at)) {
            return false;
        }
        int end = at + name.length();
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static String firstWord(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end);
    }
}
