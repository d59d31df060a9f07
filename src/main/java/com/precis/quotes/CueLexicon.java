package com.precis.quotes;

import com.precis.actors.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reporting verbs (every form: "say says said saying") and phrases ("according to") that
 * attribute a quote, in the languages the corpus has, plus the pronouns a speaker may be.
 */
public final class CueLexicon {

    private final Set<String> verbs;
    private final List<String[]> phrases;
    private final Set<String> sourceHeads;
    private final Set<String> sourceDeterminers;
    private final Set<String> documents;

    CueLexicon(Set<String> verbs, List<String[]> phrases, Set<String> sourceHeads, Set<String> sourceDeterminers) {
        this(verbs, phrases, sourceHeads, sourceDeterminers, Set.of());
    }

    CueLexicon(Set<String> verbs, List<String[]> phrases, Set<String> sourceHeads, Set<String> sourceDeterminers,
               Set<String> documents) {
        this.verbs = Set.copyOf(verbs);
        this.phrases = List.copyOf(phrases);
        this.sourceHeads = Set.copyOf(sourceHeads);
        this.sourceDeterminers = Set.copyOf(sourceDeterminers);
        this.documents = Set.copyOf(documents);
    }

    public static CueLexicon standard() {
        Set<String> verbs = new HashSet<>();
        List<String[]> phrases = new ArrayList<>();
        for (String line : ResourceLines.read(CueLexicon.class, "cues.txt")) {
            if (line.startsWith("phrase ")) {
                phrases.add(line.substring(7).toLowerCase(Locale.ROOT).split(" "));
                continue;
            }
            for (String w : line.split(" ")) {
                if (!w.isEmpty()) {
                    verbs.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> heads = new HashSet<>();
        Set<String> dets = new HashSet<>();
        for (String line : ResourceLines.read(CueLexicon.class, "sources.txt")) {
            Set<String> target = line.startsWith("det ") ? dets : heads;
            String words = line.startsWith("det ") ? line.substring(4) : line;
            for (String w : words.split(" ")) {
                if (!w.isEmpty()) {
                    target.add(w);
                }
            }
        }
        Set<String> documents = new HashSet<>();
        for (String line : ResourceLines.read(CueLexicon.class, "documents.txt")) {
            for (String w : line.split(" ")) {
                if (!w.isEmpty()) {
                    documents.add(w);
                }
            }
        }
        return new CueLexicon(verbs, phrases, heads, dets, documents);
    }

    public boolean isCueVerb(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The multi-word cues that come before the speaker: "according to", "selon". */
    public List<String[]> phrases() {
        return phrases;
    }

    /** A head noun of an unnamed source: "person", "officials", "sources". */
    public boolean isSourceHead(String word) {
        return sourceHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A head noun of a text quoted in its own words: "bill", "indictment", "sign". */
    public boolean isDocument(String word) {
        return documents.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that opens an unnamed-source phrase: "a", "one", "two", "several". */
    public boolean isSourceDeterminer(String word) {
        return sourceDeterminers.contains(word.toLowerCase(Locale.ROOT));
    }
}
