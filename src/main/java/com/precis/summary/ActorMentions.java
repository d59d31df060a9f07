package com.precis.summary;

import com.precis.document.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which actors each candidate sentence names (by name or alias, as whole words), so the summary
 * can prefer sentences that bring in salient actors it does not cover yet.
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

    static ActorMentions of(List<Actor> actors, List<String> sentences) {
        List<List<String>> forms = new ArrayList<>();
        for (Actor a : actors) {
            List<String> names = new ArrayList<>();
            names.add(a.name());
            names.addAll(a.aliases());
            forms.add(names);
        }
        List<List<Integer>> bySentence = new ArrayList<>(sentences.size());
        boolean[] led = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            int subject = MainClauseSubject.start(sentence);
            List<Integer> named = new ArrayList<>();
            for (int a = 0; a < actors.size(); a++) {
                if (namesAny(sentence, forms.get(a))) {
                    named.add(a);
                    for (String form : forms.get(a)) {
                        led[i] |= MainClauseSubject.isSubject(sentence, subject, form);
                    }
                }
            }
            bySentence.add(named);
        }
        return new ActorMentions(actors, bySentence, led);
    }

    /** A named actor is the subject of the sentence's main clause. */
    boolean actorLed(int sentence) {
        return actorLed[sentence];
    }

    List<Integer> actorsIn(int sentence) {
        return actorsBySentence.get(sentence);
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

    private static boolean namesAny(String sentence, List<String> names) {
        for (String name : names) {
            if (containsWord(sentence, name)) {
                return true;
            }
        }
        return false;
    }

    /** The name occurs with no letter or digit right before or after it ("CAC’s" counts, "CACTUS" not). */
    static boolean containsWord(String text, String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return true;
            }
        }
        return false;
    }
}
