package com.precis.summary;

import com.precis.document.Actor;
import java.util.ArrayList;
import java.util.HashMap;
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

    private final List<Actor> actors;
    private final List<List<Integer>> actorsBySentence;
    private final boolean[] actorLed;

    private ActorMentions(List<Actor> actors, List<List<Integer>> actorsBySentence, boolean[] actorLed) {
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
        List<List<Integer>> bySentence = new ArrayList<>(sentences.size());
        boolean[] led = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            int subject = MainClauseSubject.start(sentence);
            List<Integer> named = new ArrayList<>();
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
                        if (!named.contains(form.actor())) {
                            named.add(form.actor());
                        }
                        led[i] |= at == subject;
                    }
                }
                at += Math.max(1, word.length());
            }
            bySentence.add(named);
        }
        return new ActorMentions(actors, bySentence, led);
    }

    List<Integer> actorsIn(int sentence) {
        return actorsBySentence.get(sentence);
    }

    /** A named actor is the subject of the sentence's main clause. */
    boolean actorLed(int sentence) {
        return actorLed[sentence];
    }

    /** The salience of the actors the sentence names that are not among {@code covered}. */
    double gain(int sentence, Set<Integer> covered) {
        double gain = 0;
        for (int a : actorsBySentence.get(sentence)) {
            if (!covered.contains(a)) {
                gain += actors.get(a).salience();
            }
        }
        return gain;
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
