package com.precis.actors;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The actors found so far, looked up by any word of their names: a lone "Lutnick", "Ellen" or
 * "Nvidia" need only be compared with the actors that share a word with it, not with every actor of
 * the article, which keeps resolving a long article linear. Lookups return candidates in the order
 * the actors were first indexed, so the first match is the one a scan over all actors would find.
 */
final class DraftIndex {

    private final Map<String, TreeMap<Integer, ActorDraft>> byWord = new HashMap<>();
    private final Map<ActorDraft, Integer> order = new IdentityHashMap<>();

    DraftIndex(Collection<ActorDraft> drafts) {
        for (ActorDraft d : drafts) {
            add(d);
        }
    }

    /** Indexes an actor by the words of its name and of every surface form it has now. */
    void add(ActorDraft d) {
        order.putIfAbsent(d, order.size());
        addWords(d, d.name);
        for (String surface : d.surfaces) {
            addWords(d, surface);
        }
    }

    /** Indexes a surface form the actor has just been given. */
    void addSurface(ActorDraft d, String surface) {
        order.putIfAbsent(d, order.size());
        addWords(d, surface);
    }

    private void addWords(ActorDraft d, String name) {
        int seq = order.get(d);
        for (String w : name.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            byWord.computeIfAbsent(w, k -> new TreeMap<>()).put(seq, d);
            if (w.startsWith("al-") || w.startsWith("el-")) {
                byWord.computeIfAbsent(w.substring(3), k -> new TreeMap<>()).put(seq, d); // "Bashir" of "al-Bashir"
            }
        }
    }

    /** The actors with this word in a name, in the order they were indexed. */
    Collection<ActorDraft> withWord(String word) {
        TreeMap<Integer, ActorDraft> found = byWord.get(word);
        return found == null ? List.of() : found.values();
    }

    /** The candidates for a mention: the actors sharing its first word. */
    Collection<ActorDraft> candidates(String surface) {
        int space = surface.indexOf(' ');
        return withWord(space < 0 ? surface : surface.substring(0, space));
    }
}
