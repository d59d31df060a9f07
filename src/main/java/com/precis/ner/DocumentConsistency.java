package com.precis.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The second pass: a name tagged in running text keeps its type across the article. Names in a
 * line of capitals, a Title Case line or alone at a sentence start take the type the running text
 * gave them, and capitalised occurrences the first pass left untagged (a headline's "JAPAN", a
 * results line's "Lazio", a person's surname alone) are tagged with it. Linear in the tokens.
 */
final class DocumentConsistency {

    private DocumentConsistency() {
    }

    static List<Entity> apply(NerText text, List<Entity> entities) {
        LongIntMap votes = new LongIntMap(Math.max(16, entities.size() * 2));
        List<int[]> voteCounts = new ArrayList<>();
        for (Entity e : entities) {
            if (reliable(text, e)) {
                vote(votes, voteCounts, key(text, e.firstToken(), e.endToken()), e.type());
                if (e.type() == EntityType.PER && e.endToken() - e.firstToken() >= 2) {
                    vote(votes, voteCounts, key(text, e.endToken() - 1, e.endToken()), EntityType.PER);
                }
            }
        }
        if (voteCounts.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>();
        boolean[] covered = new boolean[text.tokens.size()];
        for (Entity e : entities) {
            EntityType type = e.type();
            if (!reliable(text, e)) {
                EntityType agreed = majority(votes, voteCounts, key(text, e.firstToken(), e.endToken()));
                type = agreed != null ? agreed : type;
            }
            out.add(type == e.type() ? e : new Entity(e.firstToken(), e.endToken(), type));
            for (int k = e.firstToken(); k < e.endToken(); k++) {
                covered[k] = true;
            }
        }
        for (int[] s : text.sentences) {
            for (int i = s[0]; i < s[1]; i++) {
                if (covered[i] || !text.capitalised[i]) {
                    continue;
                }
                long h = 0;
                int bestEnd = -1;
                EntityType bestType = null;
                for (int j = i; j < s[1] && j - i < NerLexicon.LONGEST_PHRASE && !covered[j]; j++) {
                    h = Hashing.then(h, text.lower[j]);
                    EntityType t = text.capitalised[j] ? majority(votes, voteCounts, h) : null;
                    if (t != null) {
                        bestEnd = j + 1;
                        bestType = t;
                    }
                }
                boolean common = bestEnd == i + 1 && (text.docCase[i] & 1) != 0;
                if (bestType != null && !common) {
                    out.add(new Entity(i, bestEnd, bestType));
                    i = bestEnd - 1;
                }
            }
        }
        out.sort(Comparator.comparingInt(Entity::firstToken));
        return out;
    }

    /** A name the tagger saw in running text, or of two words or more at a sentence start. */
    private static boolean reliable(NerText text, Entity e) {
        for (int k = e.firstToken(); k < e.endToken(); k++) {
            int p = text.position[k];
            if (p == NerText.SHOUTED || p == NerText.TITLED) {
                return false;
            }
        }
        return text.position[e.firstToken()] == NerText.RUNNING || e.endToken() - e.firstToken() >= 2;
    }

    private static long key(NerText text, int from, int to) {
        long h = 0;
        for (int k = from; k < to; k++) {
            h = Hashing.then(h, text.lower[k]);
        }
        return h;
    }

    private static void vote(LongIntMap votes, List<int[]> counts, long key, EntityType type) {
        int slot = votes.get(key);
        if (slot < 0) {
            slot = counts.size();
            counts.add(new int[EntityType.values().length]);
            votes.put(key, slot);
        }
        counts.get(slot)[type.ordinal()]++;
    }

    /** The type most votes gave the name, or null when none did or two types tie. */
    private static EntityType majority(LongIntMap votes, List<int[]> counts, long key) {
        int slot = votes.get(key);
        if (slot < 0) {
            return null;
        }
        int[] c = counts.get(slot);
        int best = -1;
        boolean tie = false;
        for (int t = 0; t < c.length; t++) {
            if (best < 0 || c[t] > c[best]) {
                best = t;
                tie = false;
            } else if (c[t] == c[best]) {
                tie = true;
            }
        }
        return tie || c[best] == 0 ? null : EntityType.values()[best];
    }
}
