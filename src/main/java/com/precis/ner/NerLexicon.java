package com.precis.ner;

import com.precis.actors.Gazetteer;
import com.precis.actors.GazetteerEntry;
import com.precis.actors.NameLexicon;
import com.precis.actors.ResourceLines;
import com.precis.actors.Token;
import com.precis.actors.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the lexicons say about words and phrases, for the tagger's features (never its decisions):
 * word classes of single words (given name, role, organisation suffix, a proper noun of the
 * dictionary…) and gazetteer phrases (countries, cities, institutions, WordNet's named people,
 * places and groups). Both are keyed by the hash of the lower-cased words, so capitals match too.
 */
public final class NerLexicon {

    /** The gazetteer kinds, one bit each in {@link #phrase}. */
    static final String[] PHRASE_KINDS = {"country", "capital", "demonym", "place", "institution", "state-body",
            "person", "city", "wn-person", "wn-place", "wn-group"};
    static final int LONGEST_PHRASE = 6;

    private final List<String> wordClasses = new ArrayList<>();
    private final LongIntMap words = new LongIntMap(1 << 16);
    private final LongIntMap phrases = new LongIntMap(1 << 17);

    private NerLexicon() {
    }

    public static NerLexicon standard(NameLexicon names, Gazetteer gazetteer) {
        NerLexicon lex = new NerLexicon();
        names.wordClasses().forEach(lex::addWords);
        lex.addWords("proper-noun", ResourceLines.read(NerLexicon.class, "proper-nouns.txt"));
        lex.addWords("first-name", ResourceLines.read(NerLexicon.class, "first-names.txt"));
        List<String> wnGiven = new ArrayList<>();
        List<String> wnSurname = new ArrayList<>();
        for (Map.Entry<String, GazetteerEntry> e : gazetteer.names().entrySet()) {
            lex.addPhrase(e.getKey(), switch (e.getValue().kind()) {
                case COUNTRY -> 0;
                case CAPITAL -> 1;
                case DEMONYM -> 2;
                case PLACE -> 3;
                case INSTITUTION -> e.getValue().type() == com.precis.document.ActorType.GOVERNMENT ? 5 : 4;
                case PERSON -> 6;
            });
        }
        for (String city : ResourceLines.read(NerLexicon.class, "cities.txt")) {
            lex.addPhrase(city, 7);
        }
        for (String line : ResourceLines.read(NerLexicon.class, "wordnet-instances.txt")) {
            String name = line.substring(4);
            switch (line.substring(0, 3)) {
                case "PER" -> {
                    lex.addPhrase(name, 8);
                    String[] parts = name.split(" ");
                    if (parts.length >= 2) {
                        wnGiven.add(parts[0]);
                        wnSurname.add(parts[parts.length - 1]);
                    }
                }
                case "LOC" -> lex.addPhrase(name, 9);
                default -> lex.addPhrase(name, 10);
            }
        }
        lex.addWords("wn-given", wnGiven);
        lex.addWords("wn-surname", wnSurname);
        return lex;
    }

    private void addWords(String wordClass, java.util.Collection<String> list) {
        int bit = wordClasses.size();
        if (bit >= 31) {
            throw new IllegalStateException("too many word classes");
        }
        wordClasses.add(wordClass);
        for (String w : list) {
            words.or(Hashing.lower(w), 1 << bit);
        }
    }

    private void addPhrase(String phrase, int kind) {
        Tokens tokens = Tokens.of(phrase);
        if (tokens.size() == 0 || tokens.size() > LONGEST_PHRASE) {
            return;
        }
        long h = 0;
        for (Token t : tokens.all()) {
            h = Hashing.then(h, Hashing.lower(t.text()));
        }
        phrases.or(h, 1 << kind);
    }

    /** The word-class bits of a word, by the hash of its lower-cased form; 0 when none. */
    int word(long lowerHash) {
        int v = words.get(lowerHash);
        return Math.max(v, 0);
    }

    /** The gazetteer-kind bits of a phrase, by {@link Hashing#then} over its words' hashes; 0 when none. */
    int phrase(long sequenceHash) {
        int v = phrases.get(sequenceHash);
        return Math.max(v, 0);
    }

    /** The bit of a word class by name. */
    int wordClass(String name) {
        int i = wordClasses.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no word class " + name);
        }
        return 1 << i;
    }

    int wordClassCount() {
        return wordClasses.size();
    }
}
