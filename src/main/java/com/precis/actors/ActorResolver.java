package com.precis.actors;

import com.precis.document.ActorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges mentions into actors: gazetteer names by their canonical form (a capital acting as the
 * state joins its country), people by full name with surnames and "Mr X" joining the full name,
 * acronyms with their expansions, and lone capitalised words typed from how the article uses them.
 */
final class ActorResolver {

    private static final Set<String> PERSON_NOUNS_AFTER_POSSESSIVE = Set.of("wife", "husband", "son", "daughter",
            "mother", "father", "family", "brother", "sister", "career", "campaign", "lawyer", "attorney", "spokesman",
            "spokeswoman", "spokesperson", "death", "life", "friend", "friends", "children", "parents", "girlfriend",
            "boyfriend", "birthday", "team", "presidency", "administration", "home", "warm", "visit", "trip", "speech",
            "remarks", "comments", "words", "book", "account", "aides", "supporters");
    /** Nouns that put a work's title after them: "the board game Simon", "the novel Atlas". */
    private static final Set<String> WORK_NOUNS = Set.of("game", "film", "movie", "novel", "book", "song", "album",
            "show", "series", "documentary", "play", "musical", "opera", "poem", "painting", "app", "video", "single",
            "sitcom", "podcast");
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "dozens", "hundreds", "thousands");
    /** Words that may follow a counted plural that heads its phrase ("three Freemasons who…"), not a modifier. */
    private static final Set<String> AFTER_PLURAL = Set.of("who", "were", "are", "have", "had", "said", "say", "and",
            "or", "of", "in", "from", "at", "to", "with");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "our", "your");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout",
            "en", "em", "v", "ve", "à", "from", "into", "to");
    private static final Set<String> SUBJECT_VERBS = Set.of("has", "had", "have", "is", "was", "will", "would",
            "could", "can", "says", "said", "announced", "reported", "plans", "wants", "made", "makes", "owns", "sells",
            "offers", "uses", "told", "added", "declined", "did", "does");
    /**
     * Trades of wire news, before a name only: "oil producer Surgutneftegas", "German lender Commerzbank",
     * "its unit Kelmo". (After a word they are a common phrase: "Investment companies".)
     */
    private static final Set<String> TRADE_NOUNS_BEFORE = Set.of("producer", "producers", "lender", "lenders", "miner", "miners", "refiner", "refiners", "chipmaker",
            "chipmakers", "drugmaker", "drugmakers", "carmaker", "carmakers", "automakers", "planemaker",
            "manufacturer", "manufacturers", "firms", "companies", "banks", "exporter", "exporters", "utility",
            "subsidiary", "unit", "parent", "peer", "peers", "shipper", "airlines", "startups", "funds");
    /** Words after a name that only a company or body has: "Zorvex shares fell", "a Zorvex spokeswoman said". */
    private static final Set<String> ORG_WORDS_AFTER = Set.of("shares", "stock", "shareholders", "spokesperson",
            "spokesman", "spokeswoman", "subsidiary", "subsidiaries", "executives", "employees", "workers");
    /** Two words before a name that only a company or body fits: "shares of Zorvex", "partnered with Zorvex". */
    private static final Set<String> ORG_PAIRS_BEFORE = Set.of("shares of", "shares in", "stake in", "partnered with",
            "partnering with", "partnership with", "merger with", "subsidiary of", "unit of", "acquisition of",
            "takeover of", "owner of");

    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;
    // the closed lists of word-lists.txt this class reads
    private final Set<String> legalSuffixes;
    private final Set<String> cuesAfterName;
    private final Set<String> kin;
    private final Set<String> particles;
    private final Set<String> orgNouns;
    private final Set<String> placeNouns;
    private final Set<String> determiners;

    ActorResolver(NameLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.legalSuffixes = lexicon.list("legal-suffix");
        this.cuesAfterName = lexicon.list("cue-after-name");
        this.kin = lexicon.list("kin");
        this.particles = lexicon.list("particle");
        this.orgNouns = lexicon.list("org-noun");
        this.placeNouns = lexicon.list("place-noun");
        this.determiners = lexicon.list("determiner");
    }

    List<ActorDraft> resolve(List<Mention> mentions, Tokens tokens) {
        mentions.sort((x, y) -> x.start != y.start ? Integer.compare(x.start, y.start) : Integer.compare(y.end, x.end));
        Map<String, ActorDraft> byKey = new LinkedHashMap<>();
        Map<String, Boolean> capitalAsState = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entry != null && (m.entry.kind() == GazetteerEntry.Kind.CAPITAL || m.entry.isCountry())) {
                m.actsAsState |= StateUse.actsAsState(tokens, m);
                if (m.entry.kind() == GazetteerEntry.Kind.CAPITAL && m.actsAsState) {
                    capitalAsState.put(m.entry.canonical(), true);
                }
            }
        }
        List<Mention> single = new ArrayList<>();
        List<Mention> phrases = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.entry != null && m.entry.kind() == GazetteerEntry.Kind.INSTITUTION && m.actsAsState) {
                phrases.add(m);
            }
        }
        int phrase = 0;
        int phrasesEnd = -1; // the furthest end of the phrases starting at or before m (both lists are in text order)
        for (Mention m : mentions) {
            while (phrase < phrases.size() && phrases.get(phrase).start <= m.start) {
                phrasesEnd = Math.max(phrasesEnd, phrases.get(phrase++).end);
            }
            if (m.entry == null && m.end <= phrasesEnd) {
                continue; // "Affaires" in "ministère des Affaires étrangères"
            }
            if (m.entry != null) {
                GazetteerEntry e = m.entry;
                if (e.kind() == GazetteerEntry.Kind.CAPITAL && capitalAsState.containsKey(e.canonical())) {
                    e = gazetteer.country(e.country());
                }
                ActorType type = e.kind() == GazetteerEntry.Kind.CAPITAL ? ActorType.LOCATION : e.type();
                if (m.tokenCount() == 1 && e.type() == ActorType.ORGANIZATION && !m.surface.equals(e.canonical())
                        && !tokens.get(m.firstToken).allCaps()) {
                    single.add(m); // "Ford" after "Tom Ford" is the person; checked once people are known
                    continue;
                }
                if (m.tokenCount() == 1 && e.type() == ActorType.PERSON && afterCount(tokens, m.firstToken)) {
                    continue; // "21 Trump cards": after a count, a surname is a word of the thing counted
                }
                draft(byKey, "gaz:" + e.canonical(), e.canonical(), type).add(m);
            } else if (m.tokenCount() >= 2 && m.type == ActorType.PERSON) {
                draft(byKey, "per:" + normal(m.surface), m.surface, ActorType.PERSON).add(m);
            } else if (m.tokenCount() >= 2 && m.type != null) {
                draft(byKey, "org:" + orgKey(m.surface), m.surface, m.type).add(m);
            } else {
                single.add(m);
            }
        }
        mergeAcronyms(byKey, single, tokens);
        DraftIndex index = new DraftIndex(byKey.values());
        Map<String, List<Mention>> unknown = new LinkedHashMap<>();
        for (Mention m : single) {
            if (m.actor != null) {
                continue;
            }
            ActorDraft target = personBySurname(index, m);
            if (target == null && m.entry != null) {
                String key = "gaz:" + m.entry.canonical();
                boolean known = byKey.containsKey(key);
                target = draft(byKey, key, m.entry.canonical(), m.entry.type());
                if (!known) {
                    index.add(target);
                }
            }
            boolean afterDeterminer = m.firstToken > 0 && tokens.get(m.firstToken - 1).isWord()
                    && determiners.contains(tokens.get(m.firstToken - 1).text().toLowerCase(Locale.ROOT));
            if (target == null && lexicon.givenName(m.surface) != null && !afterDeterminer) {
                target = personByGivenName(index, m);
            }
            if (target == null) {
                target = orgByFirstWord(index, m);
            }
            if (target != null) {
                target.add(m);
                index.addSurface(target, m.surface);
            } else {
                unknown.computeIfAbsent(m.surface, k -> new ArrayList<>()).add(m);
            }
        }
        Map<Integer, Mention> byFirst = new HashMap<>();
        Map<Integer, Mention> byEnd = new HashMap<>();
        for (Mention m : mentions) {
            byFirst.putIfAbsent(m.firstToken, m);
            byEnd.put(m.endToken, m);
        }
        for (Map.Entry<String, List<Mention>> e : unknown.entrySet()) {
            ActorType type = typeOfLoneWord(e.getValue(), tokens, byFirst, byEnd);
            if (type == null) {
                continue;
            }
            ActorDraft d = draft(byKey, "one:" + e.getKey(), e.getKey(), type);
            for (Mention m : e.getValue()) {
                m.type = type;
                d.add(m);
            }
        }
        for (ActorDraft d : byKey.values()) {
            finishType(d);
            fullestName(d);
        }
        mergeShorterOrganisations(byKey);
        mergeSamePeople(byKey, tokens);
        List<ActorDraft> drafts = new ArrayList<>();
        for (ActorDraft d : byKey.values()) {
            if (d.mentions.stream().allMatch(m -> m.modifier)) {
                continue; // "the Obama administration" alone: the administration is the actor
            }
            if (d.type == ActorType.PERSON && followedByWhich(d, tokens)) {
                d.type = ActorType.ORGANIZATION; // "Con Edison, which maintains…": no person is a "which"
                drafts.add(d);
            } else if (d.key.startsWith("per:") && afterArticleOnly(d, tokens)) {
                continue; // "the Oculus Rift", "a Royal McBee LGP-30": an article makes a name a thing's
            } else if (!d.key.startsWith("per:") || hasPersonEvidence(d, tokens)) {
                drafts.add(d);
            }
        }
        drafts.sort((x, y) -> Integer.compare(x.firstOffset, y.firstOffset));
        return drafts;
    }

    /**
     * Whether every mention of a would-be person comes straight after "a", "an" or "the": people are
     * named without an article ("the chaos theorist Ian Malcolm" has a title between), products and
     * works are not ("a Margaret Hamilton Lego minifigure").
     */
    private static boolean afterArticleOnly(ActorDraft d, Tokens tokens) {
        for (Mention m : d.mentions) {
            if (m.honorific || m.role != null || m.strength == Mention.Strength.KNOWN || m.firstToken == 0) {
                return false;
            }
            String before = tokens.get(m.firstToken - 1).text().toLowerCase(Locale.ROOT);
            if (!before.equals("a") && !before.equals("an") && !before.equals("the")) {
                return false;
            }
        }
        return !d.mentions.isEmpty();
    }

    private boolean followedByWhich(ActorDraft d, Tokens tokens) {
        boolean which = false;
        for (Mention m : d.mentions) {
            if (m.strength != Mention.Strength.GUESS && m.tokenCount() > 1 || m.honorific || m.role != null) {
                return false;
            }
            if (m.endToken + 1 < tokens.size() && tokens.get(m.endToken).is(',')
                    && tokens.get(m.endToken + 1).text().equals("which")) {
                which = true;
            }
        }
        return which;
    }

    /** "Arthur Waite" is "Arthur Edward Waite", and a gazetteer's "Barack Obama" is the text's "Barack Obama". */
    private static void mergeSamePeople(Map<String, ActorDraft> byKey, Tokens tokens) {
        List<ActorDraft> people = new ArrayList<>();
        for (ActorDraft d : byKey.values()) {
            if (d.type == ActorType.PERSON && d.name.indexOf(' ') > 0 && !afterArticleOnly(d, tokens)) {
                people.add(d);
            }
        }
        // Both tests need the same first word: compare only the people who share it.
        Map<String, List<ActorDraft>> byFirstWord = new HashMap<>();
        for (ActorDraft d : people) {
            byFirstWord.computeIfAbsent(d.name.split(" ")[0], k -> new ArrayList<>()).add(d);
        }
        for (ActorDraft shorter : people) {
            String[] s = shorter.name.split(" ");
            ActorDraft extended = onlyExtension(shorter, byFirstWord.get(s[0]));
            for (ActorDraft longer : byFirstWord.get(s[0])) {
                if (shorter == longer || shorter.mentions.isEmpty() || longer.mentions.isEmpty()) {
                    continue;
                }
                String[] l = longer.name.split(" ");
                boolean same = shorter.name.equals(longer.name) && shorter.key.startsWith("per:") && longer.key.startsWith("gaz:")
                        || l.length > s.length && s[0].equals(l[0]) && s[s.length - 1].equals(l[l.length - 1])
                        || longer == extended;
                if (same) {
                    for (Mention m : new ArrayList<>(shorter.mentions)) {
                        longer.add(m);
                    }
                    longer.roles.addAll(shorter.roles);
                    shorter.mentions.clear();
                    remove(byKey, shorter);
                    break;
                }
            }
        }
    }

    /**
     * The one person whose name goes on from this two-word name ("Te Kaurinui" of "Te Kaurinui
     * Robert Parata"), or null when none or several do.
     */
    private static ActorDraft onlyExtension(ActorDraft shorter, List<ActorDraft> sameFirstWord) {
        ActorDraft found = null;
        for (ActorDraft d : sameFirstWord) {
            if (d != shorter && !d.mentions.isEmpty() && d.name.startsWith(shorter.name + " ")) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /** "the Department of Conservation" is the "New Zealand Department of Conservation" named earlier or later. */
    private static void mergeShorterOrganisations(Map<String, ActorDraft> byKey) {
        List<ActorDraft> orgs = new ArrayList<>();
        for (ActorDraft d : byKey.values()) {
            if ((d.type == ActorType.ORGANIZATION || d.type == ActorType.GOVERNMENT) && d.name.indexOf(' ') > 0
                    && !d.key.startsWith("gaz:")) {
                orgs.add(d);
            }
        }
        // The longer names each shorter one may end: indexed by every tail of words of every name.
        Map<String, List<ActorDraft>> byTail = new HashMap<>();
        for (ActorDraft d : orgs) {
            for (int space = d.name.indexOf(' '); space >= 0; space = d.name.indexOf(' ', space + 1)) {
                byTail.computeIfAbsent(d.name.substring(space + 1), k -> new ArrayList<>()).add(d);
            }
        }
        for (ActorDraft shorter : orgs) {
            for (ActorDraft longer : byTail.getOrDefault(shorter.name, List.of())) {
                if (shorter != longer && !shorter.mentions.isEmpty() && longer.name.endsWith(" " + shorter.name)) {
                    for (Mention m : new ArrayList<>(shorter.mentions)) {
                        longer.add(m);
                    }
                    shorter.mentions.clear();
                    remove(byKey, shorter);
                    break;
                }
            }
        }
    }

    /** Removes a merged actor; by its key when it is filed under it, which is not a scan of every actor. */
    private static void remove(Map<String, ActorDraft> byKey, ActorDraft d) {
        if (d.key != null && byKey.get(d.key) == d) {
            byKey.remove(d.key);
        } else {
            byKey.values().remove(d);
        }
    }

    /**
     * Two or three capitalised words nobody vouches for ("Rez Infinite", "Current Biology") are a
     * person only when something says so: a known given or family name, a title or role, a later
     * mention by surname alone, or a person's verb or possessive after the name.
     */
    private boolean hasPersonEvidence(ActorDraft d, Tokens tokens) {
        if (!d.roles.isEmpty() || d.gender != Gender.UNKNOWN) {
            return true;
        }
        for (Mention m : d.mentions) {
            if (m.strength != Mention.Strength.GUESS || m.honorific || m.tokenCount() == 1
                    || m.tagged == ActorType.PERSON) {
                return true;
            }
            String[] words = m.surface.split(" ");
            if (lexicon.isSurname(words[0]) && (words.length == 3 && eastAsianSyllables(words[1], words[2])
                    || words.length == 2 && words[1].indexOf('-') > 0)) {
                return true; // "Han Dong-hoon", "Yoon Suk Yeol": family name first
            }
            for (int k = 1; k < words.length - 1; k++) {
                if (particles.contains(words[k])) {
                    return true; // "Osama bin Laden", "Luis de Miranda"
                }
            }
            if (m.endToken < tokens.size()) {
                Token after = tokens.get(m.endToken);
                if (after.isWord() && cuesAfterName.contains(after.text())) {
                    return true;
                }
                if (after.is(',') && m.endToken + 2 < tokens.size() && (tokens.get(m.endToken + 1).text().equals("who")
                        || lexicon.isRoleHead(tokens.get(m.endToken + 2).text())
                        || lexicon.isRoleHead(tokens.get(m.endToken + 1).text()) && !tokens.get(m.endToken + 1).capitalised())) {
                    return true; // "Wade Bassi, who…", "Jane Roe, a professor…", "Jane Roe, president of…"
                }
                if (after.kind() == Token.Kind.POSSESSIVE && m.endToken + 1 < tokens.size()
                        && PERSON_NOUNS_AFTER_POSSESSIVE.contains(tokens.get(m.endToken + 1).text())) {
                    return true;
                }
            }
            if (m.firstToken > 1 && tokens.get(m.firstToken - 1).is(',')) {
                for (int k = m.firstToken - 2; k >= 0 && k >= m.firstToken - 4; k--) {
                    if (lexicon.isRoleHead(tokens.get(k).text())) {
                        return true; // "The leader of Ennahda, Rachid Ghannouchi,"
                    }
                }
            }
            if (afterKin(tokens, m.firstToken)) {
                return true; // "his son, Te Kaurinui Robert Parata,"
            }
            if (m.firstToken > 0) {
                Token before = tokens.get(m.firstToken - 1);
                if (before.isWord() && !before.text().equals("a")
                        && (cuesAfterName.contains(before.text()) || lexicon.isRoleHead(before.text()))) {
                    return true; // "said Ammar Askar", "skipper Wade Bassi"
                }
            }
        }
        return false;
    }

    private static ActorDraft draft(Map<String, ActorDraft> byKey, String key, String name, ActorType type) {
        return byKey.computeIfAbsent(key, k -> {
            ActorDraft d = new ActorDraft(name, type);
            d.key = k;
            return d;
        });
    }

    /** "NDRC" joins "National Development and Reform Commission" when its letters are the name's initials. */
    private void mergeAcronyms(Map<String, ActorDraft> byKey, List<Mention> single, Tokens tokens) {
        Map<String, ActorDraft> byInitials = new HashMap<>();
        for (ActorDraft d : byKey.values()) {
            if (d.type == ActorType.PERSON) {
                continue;
            }
            for (String surface : d.surfaces) {
                String initials = initials(surface);
                if (initials.length() >= 2) {
                    byInitials.putIfAbsent(initials, d);
                }
            }
        }
        Map<Integer, ActorDraft> byEndToken = null; // the non-person actor named by the words ending at a token
        for (Mention m : single) {
            Token t = tokens.get(m.firstToken);
            if (!t.allCaps()) {
                continue;
            }
            ActorDraft d = byInitials.get(t.text().replace(".", ""));
            if (d == null && m.firstToken >= 2 && tokens.get(m.firstToken - 1).is('(')) {
                // "the Cyberspace Administration (CAC)": an acronym in brackets names what it follows.
                if (byEndToken == null) {
                    byEndToken = new HashMap<>();
                    for (ActorDraft cand : byKey.values()) {
                        for (Mention cm : cand.mentions) {
                            if (cand.type != ActorType.PERSON) {
                                byEndToken.put(cm.endToken, cand);
                            }
                        }
                    }
                }
                d = byEndToken.get(m.firstToken - 1);
            }
            if (d != null) {
                d.add(m);
                if (byEndToken != null && d.type != ActorType.PERSON) {
                    byEndToken.put(m.endToken, d);
                }
            }
        }
    }

    static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                s.append(w.charAt(0));
            }
        }
        return s.toString();
    }

    private ActorDraft personBySurname(DraftIndex index, Mention m) {
        ActorDraft best = null;
        for (ActorDraft d : index.candidates(m.surface)) {
            if (d.type != ActorType.PERSON || d.mentions.isEmpty()) {
                continue;
            }
            boolean matches = false;
            for (String surface : d.surfaces) {
                int space = surface.lastIndexOf(' ');
                String last = space > 0 ? surface.substring(space + 1) : "";
                if (last.startsWith("al-") || last.startsWith("el-")) {
                    last = last.substring(3); // "Bashir" is "Omar Hassan al-Bashir"
                }
                if (space > 0 && (last.equals(m.surface) || surface.substring(space + 1).equals(m.surface))) {
                    matches = true;
                }
                if (space > 0 && surface.startsWith(m.surface) && surface.length() > m.surface.length()
                        && surface.charAt(m.surface.length()) == ' ' && familyNameFirst(surface)) {
                    matches = true; // "Yoon" is "Yoon Suk Yeol", "Lee" is "Lee Jae-myung"
                }
            }
            if (matches && (best == null || d.firstOffset <= m.start && d.firstOffset > best.firstOffset)) {
                best = d;
            }
        }
        return best;
    }

    /** "Ellen" is "Ellen Gille" when she is the only Ellen of the article. */
    private static ActorDraft personByGivenName(DraftIndex index, Mention m) {
        ActorDraft found = null;
        for (ActorDraft d : index.candidates(m.surface)) {
            if (d.type == ActorType.PERSON && d.name.startsWith(m.surface + " ")
                    && (found == null || d.firstOffset <= m.start && d.firstOffset > found.firstOffset)) {
                found = d; // the nearest earlier one when two share the name
            }
        }
        if (found == null) {
            for (ActorDraft d : index.candidates(m.surface)) {
                if (d.type == ActorType.PERSON && d.name.contains(" " + m.surface + " ")) {
                    if (found != null) {
                        return null;
                    }
                    found = d; // "Lula" is "Luiz Inácio Lula da Silva"
                }
            }
        }
        return found;
    }

    /**
     * Whether the words after a family name can be a romanised East Asian given name: no syllable
     * ends in "s" ("Rice Krispies Treats" is a plural English phrase, "Yoon Suk Yeol" a name).
     */
    static boolean eastAsianSyllables(String... words) {
        for (String w : words) {
            if (w.endsWith("s") || w.endsWith("S")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a count stands just before token k: "21 Trump cards", "three Freemasons". */
    static boolean afterCount(Tokens tokens, int k) {
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        if (before.kind() == Token.Kind.NUMBER) {
            return !isYear(before.text()); // "In 2017 Trump signed…": a year is no count
        }
        return before.isWord() && COUNTS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isYear(String n) {
        return n.length() == 4 && (n.startsWith("1") || n.startsWith("2")) && n.chars().allMatch(Character::isDigit);
    }

    /** East Asian order: a family name first, then a hyphenated or two-part given name. */
    private boolean familyNameFirst(String name) {
        String[] w = name.split(" ");
        if (!lexicon.isSurname(w[0])) {
            return false;
        }
        if (w.length == 2) {
            return w[1].indexOf('-') > 0;
        }
        return w.length == 3 && lexicon.givenName(w[1]) == null && lexicon.givenName(w[2]) == null
                && eastAsianSyllables(w[1], w[2]);
    }

    private ActorDraft orgByFirstWord(DraftIndex index, Mention m) {
        for (ActorDraft d : index.candidates(m.surface)) {
            if (d.type == ActorType.PERSON || d.type == ActorType.LOCATION) {
                continue;
            }
            for (String surface : d.surfaces) {
                if (surface.startsWith(m.surface + " ") && legalSuffixes.contains(
                        surface.substring(m.surface.length() + 1).toLowerCase(Locale.ROOT))) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The type of a capitalised word the lexicons do not know, from how the article uses it; null to drop it. */
    private ActorType typeOfLoneWord(List<Mention> uses, Tokens tokens, Map<Integer, Mention> byFirst,
                                     Map<Integer, Mention> byEnd) {
        int person = 0;
        int org = 0;
        int place = 0;
        int productLike = 0;
        int titled = 0;
        int counted = 0;
        int inside = 0;
        int subject = 0;
        boolean confirmed = false;
        Mention first = uses.get(0);
        String word = first.surface;
        if (lexicon.isSurname(word) || first.type == ActorType.PERSON && first.strength != Mention.Strength.GUESS) {
            person += 2;
        } else if (first.type == ActorType.PERSON) {
            person += 0; // a given name alone ("Oscar dress", "Simon") is a person only with more evidence
        } else if (first.type != null) {
            return first.type;
        }
        Token t0 = tokens.get(first.firstToken);
        boolean looksLikeOrg = t0.allCaps() || hasInnerCapital(word);
        ActorType tagged = null;
        for (Mention m : uses) {
            confirmed |= !m.sentenceInitial || m.honorific;
            tagged = tagged == null ? m.tagged : tagged;
            if (!m.sentenceInitial) {
                inside++;
            }
            if (m.honorific) {
                person += 3;
            }
            Token before = m.firstToken > 0 ? tokens.get(m.firstToken - 1) : null;
            Token after = m.endToken < tokens.size() ? tokens.get(m.endToken) : null;
            Token after2 = m.endToken + 1 < tokens.size() ? tokens.get(m.endToken + 1) : null;
            if (after != null && after.isWord() && cuesAfterName.contains(after.text())) {
                person++;
                confirmed = true;
            }
            if (after != null && after.kind() == Token.Kind.POSSESSIVE) {
                confirmed = true;
                if (after2 != null && PERSON_NOUNS_AFTER_POSSESSIVE.contains(after2.text())) {
                    person++;
                }
            }
            if (before != null && before.isWord() && PLACE_PREPOSITIONS.contains(before.text())) {
                place++;
            }
            // "the space agency Roscosmos", "técnico Tite", "the Interfax news agency", "the region of Tuva"
            String near = before != null && before.isWord() && !before.capitalised() ? before.text().toLowerCase(Locale.ROOT) : "";
            String next = after != null && after.isWord() && !after.capitalised() ? after.text() : "";
            if (afterCount(tokens, m.firstToken) && word.endsWith("s") && word.indexOf('-') < 0
                    && (after == null || !after.isWord() || after.capitalised() || AFTER_PLURAL.contains(after.text()))) {
                counted++; // "three Freemasons who…": a plural noun, members of something, not one person
            }
            if (WORK_NOUNS.contains(near)) {
                titled++; // "the board game Simon", "the film Oppenheimer": the title of a work
            }
            if (orgNouns.contains(near) || orgNouns.contains(next) || ORG_WORDS_AFTER.contains(next)
                    || TRADE_NOUNS_BEFORE.contains(near)
                    || orgPairBefore(tokens, m.firstToken)) {
                org += 2;
            } else if (!near.isEmpty() && lexicon.isRoleHead(near) || afterKin(tokens, m.firstToken)) {
                person += 2;
                confirmed = true;
            } else if (placeNouns.contains(near) || placeNouns.contains(next)
                    || near.equals("of") && m.firstToken > 1 && placeNouns.contains(tokens.get(m.firstToken - 2).text())) {
                place += 2;
            }
            if (after != null && after.isWord() && !after.capitalised() && (SUBJECT_VERBS.contains(after.text())
                    || after.text().length() > 4 && after.text().endsWith("ed"))) {
                subject++; // "Mojang has", "Nvidia disputed": someone who acts
            }
            boolean modifierBefore = before != null && (before.isWord() && determiners.contains(before.text().toLowerCase(Locale.ROOT))
                    || before.capitalised() && byEnd.containsKey(m.firstToken));
            if (modifierBefore && after != null && after.isWord() && !after.capitalised()
                    && !cuesAfterName.contains(after.text())) {
                productLike++;
            }
            ActorType partner = coordinated(m, tokens, byFirst, byEnd);
            if (partner == ActorType.PERSON) {
                person += 2;
            } else if (partner == ActorType.ORGANIZATION || partner == ActorType.GOVERNMENT) {
                org += 2;
            } else if (partner == ActorType.LOCATION) {
                place += 2;
            }
        }
        if (titled == uses.size() || counted == uses.size()) {
            return null;
        }
        if (productLike == uses.size()) {
            return null; // "a Blackwell chip", "the Nvidia Blackwell chips": a product name
        }
        if (tagged != null && person + org + place == 0) {
            return tagged; // nothing around the word says more than the tagger
        }
        if (!confirmed && person + org + place == 0) {
            return null; // seen only at the start of sentences, with nothing saying it is a name
        }
        boolean camelCase = hasInnerCapital(word) && !t0.allCaps();
        if (first.type == ActorType.PERSON && person == 0 && subject == 0 && !first.honorific) {
            return null;
        }
        if (first.type == ActorType.PERSON && person + subject > 0 && org <= person) {
            return ActorType.PERSON;
        }
        if (person + org + place == 0 && !(camelCase && inside > 0) && (inside < 2 && subject == 0
                || t0.allCaps() && subject == 0 || subject > 0 && inside < 2 && !looksLikeOrg)) {
            // One capitalised word that nothing says is an actor ("Tron", "Dramamine"), or an
            // unexplained acronym that never acts ("HDMI", "FPS").
            return null;
        }
        if (looksLikeOrg) {
            org++;
        }
        int top = Math.max(person, Math.max(org, place));
        if (tagged != null && top == (tagged == ActorType.PERSON ? person : tagged == ActorType.LOCATION ? place : org)) {
            return tagged; // the words around it tie, and the tagger breaks the tie
        }
        if (person > 0 && person >= org && person >= place) {
            return ActorType.PERSON;
        }
        if (place > org) {
            return ActorType.LOCATION;
        }
        return ActorType.ORGANIZATION;
    }

    /** "shares of X", "partnered with X": the two words before token k fit only a company or body. */
    private static boolean orgPairBefore(Tokens tokens, int k) {
        if (k < 2 || !tokens.get(k - 1).isWord() || !tokens.get(k - 2).isWord()) {
            return false;
        }
        String pair = tokens.get(k - 2).text().toLowerCase(Locale.ROOT) + " " + tokens.get(k - 1).text();
        return ORG_PAIRS_BEFORE.contains(pair);
    }

    /** Whether a kin word stands just before token k, after a possessive: "his wife Grace", "her son, Tom,". */
    boolean afterKin(Tokens tokens, int k) {
        int at = k - 1;
        if (at > 0 && tokens.get(at).is(',')) {
            at--;
        }
        if (at < 1 || !tokens.get(at).isWord() || !kin.contains(tokens.get(at).text())) {
            return false;
        }
        // "his first wife, Sally": an ordinal or adjective may stand between the possessive and the kin word
        for (int p = at - 1; p >= 0 && p >= at - 2; p--) {
            Token t = tokens.get(p);
            if (t.kind() == Token.Kind.POSSESSIVE || t.isWord() && POSSESSIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!t.isWord() || t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The type of a name this one is listed with: "Cambricon and Huawei", "ByteDance, Alibaba and Tencent". */
    private static ActorType coordinated(Mention m, Tokens tokens, Map<Integer, Mention> byFirst,
                                         Map<Integer, Mention> byEnd) {
        int after = m.endToken;
        if (after + 1 < tokens.size() && isListJoiner(tokens.get(after))) {
            Mention next = byFirst.get(after + 1);
            if (next != null && next.type != null && next.strength != Mention.Strength.UNKNOWN) {
                return next.type;
            }
        }
        int before = m.firstToken - 1;
        if (before > 0 && isListJoiner(tokens.get(before))) {
            Mention prev = byEnd.get(before);
            if (prev != null && prev.type != null && prev.strength != Mention.Strength.UNKNOWN) {
                return prev.type;
            }
        }
        return null;
    }

    private static boolean isListJoiner(Token t) {
        return t.is(',') || t.isWord() && (t.text().equals("and") || t.text().equals("or") || t.text().equals("to"));
    }

    private static void finishType(ActorDraft d) {
        if (d.key.startsWith("gaz:")) {
            for (Mention m : d.mentions) {
                if (m.actsAsState && (d.type == ActorType.LOCATION)) {
                    d.type = ActorType.GOVERNMENT;
                }
            }
        }
    }

    /** People are named by their fullest form: "Howard Lutnick" over "Lutnick". */
    private static void fullestName(ActorDraft d) {
        if (d.key.startsWith("gaz:")) {
            return;
        }
        String best = d.name;
        for (String s : d.surfaces) {
            boolean shouted = Token.allCaps(s);
            // the longest form, and one written in capitals ("MARIA LOPEZ" in a headline) only when no other is
            if (Token.allCaps(best) && !shouted && s.length() >= best.length() - 1
                    || s.length() > best.length() && !(shouted && (d.type == ActorType.PERSON || !Token.allCaps(best)))) {
                best = s;
            }
        }
        d.name = best;
    }

    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
    }

    private String orgKey(String name) {
        String n = normal(name);
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        int space = n.lastIndexOf(' ');
        if (space > 0 && legalSuffixes.contains(n.substring(space + 1))) {
            n = n.substring(0, space);
        }
        return n;
    }
}
