package com.precis.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell names apart: given names (with the pronoun they take), family names, role
 * and title words, organisation, government and place keywords, and common words that are
 * capitalised only at the start of a sentence. Loaded once from the shipped resources.
 */
public final class NameLexicon {

    private final Map<String, Gender> givenNames;
    private final Set<String> surnames;
    private final Set<String> roleHeads;
    private final Set<String> roleModifiers;
    private final Set<String> honorifics;
    private final Set<String> orgSuffixes;
    private final Set<String> governmentWords;
    private final Set<String> orgWords;
    private final Set<String> placeWords;
    private final Set<String> commonWords;
    private final Set<String> thingWords;
    private final Map<String, Set<String>> lists;

    NameLexicon(Map<String, Gender> givenNames, Set<String> surnames, Set<String> roleHeads, Set<String> roleModifiers,
                Set<String> honorifics, Set<String> orgSuffixes, Set<String> governmentWords, Set<String> orgWords,
                Set<String> placeWords, Set<String> commonWords, Set<String> thingWords) {
        this.givenNames = Map.copyOf(givenNames);
        this.surnames = Set.copyOf(surnames);
        this.roleHeads = Set.copyOf(roleHeads);
        this.roleModifiers = Set.copyOf(roleModifiers);
        this.honorifics = Set.copyOf(honorifics);
        this.orgSuffixes = Set.copyOf(orgSuffixes);
        this.governmentWords = Set.copyOf(governmentWords);
        this.orgWords = Set.copyOf(orgWords);
        this.placeWords = Set.copyOf(placeWords);
        this.commonWords = Set.copyOf(commonWords);
        this.thingWords = Set.copyOf(thingWords);
        this.lists = readLists();
    }

    /** The named lists of word-lists.txt. */
    private static Map<String, Set<String>> readLists() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : ResourceLines.read(NameLexicon.class, "word-lists.txt")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                out.put(line.substring(0, space), Set.copyOf(List.of(line.substring(space + 1).trim().split(" +"))));
            }
        }
        return Map.copyOf(out);
    }

    /** One of the named closed lists (particle, determiner, legal-suffix, cue-after-name, kin, org-noun, place-noun). */
    public Set<String> list(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word list " + name);
        }
        return words;
    }

    /** Whether the word (any case) is in the named list. */
    public boolean in(String list, String word) {
        return list(list).contains(word.toLowerCase(Locale.ROOT));
    }

    public static NameLexicon standard() {
        Map<String, Gender> given = new HashMap<>();
        for (String line : ResourceLines.read(NameLexicon.class, "given-names.txt")) {
            Gender g = line.startsWith("m ") ? Gender.MALE : line.startsWith("f ") ? Gender.FEMALE : null;
            if (g == null) {
                continue;
            }
            for (String w : line.substring(2).split(" ")) {
                if (!w.isEmpty()) {
                    // A name listed under both genders says nothing about the pronoun.
                    given.merge(w, g, (a, b) -> a == b ? a : Gender.UNKNOWN);
                }
            }
        }
        Set<String> surnames = new HashSet<>();
        for (String line : ResourceLines.read(NameLexicon.class, "surnames.txt")) {
            surnames.addAll(List.of(line.split(" ")));
        }
        List<String> roles = ResourceLines.read(NameLexicon.class, "roles.txt");
        List<String> orgs = ResourceLines.read(NameLexicon.class, "organisation-words.txt");
        Set<String> common = new HashSet<>();
        for (String line : ResourceLines.read(NameLexicon.class, "common-words.txt")) {
            for (String w : line.split(" ")) {
                if (!w.isEmpty()) {
                    common.add(w);
                }
            }
        }
        return new NameLexicon(given, surnames, lower(ResourceLines.tagged(roles, "head")),
                lower(ResourceLines.tagged(roles, "modifier")), lower(ResourceLines.tagged(roles, "honorific")),
                new HashSet<>(ResourceLines.tagged(orgs, "suffix")), new HashSet<>(ResourceLines.tagged(orgs, "government")),
                new HashSet<>(ResourceLines.tagged(orgs, "org")), new HashSet<>(ResourceLines.tagged(orgs, "place")), common,
                new HashSet<>(ResourceLines.tagged(orgs, "thing")));
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The word classes as sets, for the tagger's lexicon features: given, surname, role-head,
     * role-modifier, honorific, org-suffix, government, org, place, common, thing.
     */
    public Map<String, Set<String>> wordClasses() {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        out.put("given", givenNames.keySet());
        out.put("surname", surnames);
        out.put("role-head", roleHeads);
        out.put("role-modifier", roleModifiers);
        out.put("honorific", honorifics);
        out.put("org-suffix", orgSuffixes);
        out.put("government", governmentWords);
        out.put("org", orgWords);
        out.put("place", placeWords);
        out.put("common", commonWords);
        out.put("thing", thingWords);
        out.putAll(new java.util.TreeMap<>(lists));
        return out;
    }

    /** The gender a given name takes, or null when it is not a known given name. */
    public Gender givenName(String word) {
        return givenNames.get(word);
    }

    public boolean isSurname(String word) {
        return surnames.contains(word);
    }

    public boolean isRoleHead(String word) {
        return roleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isRoleModifier(String word) {
        return roleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The gender an honorific implies: Mr, Mrs, Ms. */
    public Gender honorificGender(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (w) {
            case "mr", "sir", "lord", "m", "monsieur", "señor", "sr", "don", "dom", "pan", "herr" -> Gender.MALE;
            case "mrs", "ms", "miss", "dame", "lady", "madame", "mme", "sra", "doña", "paní", "frau" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    public boolean isOrgSuffix(String word) {
        return orgSuffixes.contains(word);
    }

    public boolean isGovernmentWord(String word) {
        return governmentWords.contains(word);
    }

    public boolean isOrgWord(String word) {
        return orgWords.contains(word);
    }

    public boolean isPlaceWord(String word) {
        return placeWords.contains(word);
    }

    /** A word that ends the name of a law, an event, a prize or a work: "Act", "Cup", "Festival". */
    public boolean isThingWord(String word) {
        return thingWords.contains(word);
    }

    /** A word that is not a name when it stands alone: "The", "Despite", "Monday", "Selon". */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }
}
