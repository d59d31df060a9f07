package com.precis.quotes;

import com.precis.actors.ActorRef;
import com.precis.actors.ActorSet;
import com.precis.actors.Gender;
import com.precis.actors.MentionRef;
import com.precis.actors.Token;
import com.precis.actors.Tokens;
import com.precis.quotes.Attribution.Basis;
import com.precis.document.ActorType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the words before or after a reporting verb into a speaker: a named actor ("Lutnick", "the
 * foreign ministry of China"), a pronoun resolved to the nearest compatible actor ("he" → the last
 * man named), a title resolved to the nearest actor with that role ("the minister", "the
 * company"), or an unnamed source kept as its description ("a person close to the policymakers").
 */
final class SpeakerResolver {

    private static final Set<String> MALE = Set.of("he", "il", "él", "ele", "on", "er", "lui");
    private static final Set<String> FEMALE = Set.of("she", "elle", "ella", "ela", "ona", "sie");
    private static final Set<String> IT = Set.of("it", "they");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "je", "nous", "yo", "eu", "nosotros", "já", "my");
    private static final Set<String> TRIM = Set.of("and", "but", "as", "then", "also", "later", "has", "had", "have", "was", "were", "is", "would", "will", "previously", "once", "further", "again", "recently", "so", "while", "when", "because", "since", "after", "before", "yet", "or", "just", "still", "even", "only", "et", "y", "e", "que", "that", "mais", "pero", "mas", "ale", "however");
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "group", "agency", "ministry", "department",
            "government", "regulator", "watchdog", "bank", "carrier", "airline", "automaker", "retailer", "startup",
            "giant", "maker", "chipmaker", "network", "newspaper", "website", "platform", "service", "office", "embassy",
            "commission", "administration", "authority", "council", "court", "police", "party", "campaign", "team",
            "club", "university", "organization", "organisation", "union", "state", "country", "planner", "body",
            "board", "committee", "institute", "foundation", "charity", "association", "studio", "publisher", "paper",
            "broadcaster", "channel", "outlet", "magazine", "lab", "laboratory", "school", "hospital", "county", "city",
            "ministère", "gouvernement", "gobierno", "governo", "empresa", "entreprise", "société", "compañía",
            // a document speaks for whoever issued it: "as the report states"
            "report", "study", "survey", "statement", "memo", "filing", "document", "release", "analysis");
    /** Texts that someone issued, "the statement said": their issuer speaks. */
    private static final Set<String> STATEMENTS = Set.of("statement", "release", "memo", "letter", "post", "tweet");
    /** The organisation nouns that name a business, never a state body. */
    private static final Set<String> BUSINESS_NOUNS = Set.of("company", "firm", "bank", "carrier", "airline",
            "automaker", "retailer", "startup", "maker", "chipmaker", "newspaper", "website", "platform", "studio",
            "publisher", "broadcaster", "channel", "outlet", "magazine", "paper", "network", "empresa", "entreprise",
            "société", "compañía");
    static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "le", "la", "les",
            "el", "los", "las", "o", "a", "os", "as");
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "representative",
            "spokesmen", "spokespeople", "porte-parole", "portavoz", "porta-voz");
    private static final int PRONOUN_REACH = 3000;
    private static final Set<String> FEMALE_TITLES = Set.of("mother", "wife", "daughter", "sister", "widow", "queen",
            "princess", "actress", "grandmother", "girlfriend", "aunt");
    private static final Set<String> MALE_TITLES = Set.of("father", "husband", "son", "brother", "widower", "king",
            "prince", "actor", "grandfather", "boyfriend", "uncle");
    private static final java.util.Map<String, List<String>> ROLE_ALIASES = java.util.Map.of(
            "senator", List.of("sen"),
            "congressman", List.of("rep", "representative", "congressman"),
            "congresswoman", List.of("rep", "representative", "congresswoman"),
            "representative", List.of("rep", "congressman", "congresswoman"),
            "lawmaker", List.of("sen", "senator", "rep", "representative", "congressman", "congresswoman"),
            "governor", List.of("gov"),
            "general", List.of("gen"),
            "lieutenant", List.of("lt"),
            "reverend", List.of("rev"));
    /** Words after which a name only completes the noun before it: "the foreign ministry of China". */
    static final Set<String> COMPLEMENT_WORDS = Set.of("of", "for", "at", "in", "from", "de", "del", "du", "des",
            "do", "da");
    /** Endings of plural nouns for people: what a group that speaks is called. */
    private static final List<String> PERSON_PLURALS = List.of("ers", "ors", "ists", "ians", "ants", "ents", "ics",
            "ates", "ives");
    /** The most words a missed name may have. */
    private static final int MAX_NAME_WORDS = 4;
    /** How long an unnamed-source phrase opening a sentence may be: "two senior U.S. defense officials". */
    private static final int MAX_SOURCE_WORDS = 7;
    /**
     * How far back "the minister" may find the minister named before: a title refers to someone
     * introduced in the same stretch of the article, and a bounded look-back keeps the stage linear.
     */
    static final int ROLE_REACH = 12_000;

    private final CueLexicon cues;

    SpeakerResolver(CueLexicon cues) {
        this.cues = cues;
    }

    /** The speaker named by tokens [a, b) for a quote starting at {@code quoteStart}, or null. */
    Attribution resolve(ActorSet actors, int a, int b, int quoteStart, String cue) {
        return resolve(actors, a, b, quoteStart, cue, false);
    }

    /** As above; {@code subjectBeforeCue} says the words stand before the verb, so the last person in them is its subject. */
    Attribution resolve(ActorSet actors, int a, int b, int quoteStart, String cue, boolean subjectBeforeCue) {
        Tokens tokens = actors.tokens();
        while (a < b && trimmable(tokens.get(a))) {
            a++;
        }
        while (b > a && trimmable(tokens.get(b - 1))) {
            b--;
        }
        if (a >= b || b - a > 14) {
            return null;
        }
        Attribution r = speaker(actors, tokens, a, b, quoteStart, cue, subjectBeforeCue);
        return r == null ? null : r.withWords(tokens.get(a).start(), tokens.get(b - 1).end());
    }

    /** The speaker that the trimmed words [a, b) name. */
    private Attribution speaker(ActorSet actors, Tokens tokens, int a, int b, int quoteStart, String cue,
                                boolean subjectBeforeCue) {
        Token first = tokens.get(a);
        String w0 = first.text().toLowerCase(Locale.ROOT);
        int anchor = Math.min(quoteStart, first.start());
        if (b - a == 1 && first.isWord()) {
            if (MALE.contains(w0) || FEMALE.contains(w0)) {
                Gender g = MALE.contains(w0) ? Gender.MALE : Gender.FEMALE;
                // "Johnson met Schumer on Monday. “…,” he said": the subject of the sentence before
                // speaks, else the nearest person. "Lee … said Yoon’s declaration … “…,” he said": a
                // possessor is seldom the one who speaks next.
                Predicate<MentionRef> mayBe = m -> actors.type(m.actor()) == ActorType.PERSON
                        && actors.gender(m.actor()) != opposite(g) && !possessive(tokens, m);
                ActorRef r = SentenceBefore.subject(actors, tokens, anchor, mayBe);
                if (r == null) {
                    r = actors.nearestMentionBefore(anchor, anchor - PRONOUN_REACH, mayBe);
                }
                if (r == null) {
                    r = actors.nearestBefore(anchor, anchor - PRONOUN_REACH,
                            x -> actors.type(x) == ActorType.PERSON && actors.gender(x) != opposite(g));
                }
                return r == null ? null : Attribution.of(r, cue, Basis.PRONOUN).withGender(g);
            }
            if (w0.equals("they")) {
                // "Two officials, speaking on condition of anonymity, said … “…,” they said": the unnamed
                // sources that open the sentence before.
                Attribution sources = sourcesOpeningSentenceBefore(actors, tokens, anchor, cue);
                if (sources != null) {
                    return sources;
                }
            }
            if (IT.contains(w0)) {
                // "The agency warned people off products containing DNP. “…,” it said": the subject of
                // the sentence before, not the last organisation named in it.
                ActorRef r = SentenceBefore.subject(actors, tokens, anchor, m -> isOrg(actors, m.actor()));
                if (r == null) {
                    r = actors.nearestBefore(anchor, anchor - PRONOUN_REACH,
                            x -> actors.type(x) == ActorType.ORGANIZATION || actors.type(x) == ActorType.GOVERNMENT);
                }
                return r == null ? null : Attribution.of(r, cue, Basis.PRONOUN);
            }
            if (FIRST_PERSON.contains(w0)) {
                return null;
            }
        }
        int start = first.start();
        int end = tokens.get(b - 1).end();
        List<MentionRef> inside = actors.mentionsIn(start, end);
        boolean anonymousForm = cues.isSourceDeterminer(w0) && hasSourceHead(tokens, a, b)
                || cues.isSourceHead(w0) && !startsMention(inside, start);
        if (anonymousForm && !startsPerson(actors, inside, start)) {
            ActorRef spokesFor = spokesmanFor(actors, tokens, a, b, inside);
            if (spokesFor != null) {
                return Attribution.of(spokesFor, cue, Basis.SPOKESPERSON);
            }
            return Attribution.unnamed(description(tokens, a, b), cue, Basis.UNNAMED);
        }
        if (!inside.isEmpty() && (DETERMINERS.contains(w0) || possessive(tokens, inside.get(0))) && b - a >= 2) {
            // "the New York Democrat", "the Texas governor", "Houston’s mayor": a place before a title only
            // qualifies it; the title names a person said before, or nobody that can be read.
            int h = b - 1;
            while (h > a && !tokens.get(h).isWord()) {
                h--;
            }
            Token headToken = tokens.get(h);
            String head = headToken.text().toLowerCase(Locale.ROOT);
            MentionRef lastInside = inside.get(inside.size() - 1);
            if (lastInside.end() <= headToken.start() && cues.isDocument(head)) {
                return Attribution.document(description(tokens, a, b), cue); // "the Senate bill says"
            }
            if (lastInside.end() <= headToken.start() && !SPOKES.contains(head) && !ORG_NOUNS.contains(head)
                    && !cues.isSourceHead(head)) {
                ActorRef r = actors.nearestBefore(anchor, anchor - ROLE_REACH,
                        x -> actors.type(x) == ActorType.PERSON && hasRole(actors, x, head));
                if (r == null && allPlaces(actors, inside)) {
                    Gender g = titleGender(head);
                    r = actors.nearestBefore(anchor, anchor - PRONOUN_REACH,
                            x -> actors.type(x) == ActorType.PERSON && actors.gender(x) != opposite(g));
                }
                if (r != null) {
                    return Attribution.of(r, cue, Basis.TITLE);
                }
                if (!headToken.capitalised()) {
                    return null;
                }
            }
        }
        if (isGroup(actors, tokens, a, b)) {
            // "critics", "economists at the Harbour Bank": a named body after the group only places it.
            return Attribution.unnamed(description(tokens, a, b), cue, Basis.GROUP);
        }
        Attribution.NewName missed = missedName(actors, tokens, a, b, inside);
        if (missed != null) {
            return Attribution.newName(missed, cue);
        }
        if (!inside.isEmpty()) {
            // The person nearest the verb speaks: "Huntington defined it … and the jurist Carlos Nino called it".
            MentionRef chosen = null;
            for (MentionRef m : inside) {
                if (actors.type(m.actor()) == ActorType.PERSON && (chosen == null || subjectBeforeCue)) {
                    chosen = m;
                }
            }
            if (chosen == null) {
                // With no person, the subject before the verb is the name nearest it, unless it is a
                // possessor ("the bill passed the Senate after Democrats called it"); after the verb, the first.
                chosen = inside.get(0);
                int i = inside.size() - 1;
                while (i > 0 && isComplement(tokens, inside.get(i))) {
                    i--; // "the foreign ministry of China": China only completes the ministry
                }
                if (subjectBeforeCue && !possessive(tokens, inside.get(i))) {
                    chosen = inside.get(i);
                }
            }
            return Attribution.of(chosen.actor(), cue, Basis.NAME);
        }
        // A title or a description: "the minister", "the company", "the 45-year-old".
        int h = b - 1;
        while (h > a && !tokens.get(h).isWord()) {
            h--;
        }
        String head = tokens.get(h).text().toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(w0) && b - a >= 2) {
            if (cues.isDocument(head)) {
                // "the bill says", "according to the indictment": the text speaks for itself.
                return Attribution.document(description(tokens, a, b), cue);
            }
            if (STATEMENTS.contains(head) && b - a == 2) {
                // "Durbin’s office said in a statement … “…,” the statement said": whoever the sentence
                // before was about issued it.
                ActorRef r = SentenceBefore.subject(actors, tokens, anchor, m -> actors.type(m.actor()) != ActorType.LOCATION);
                if (r != null) {
                    return Attribution.of(r, cue, Basis.STATEMENT);
                }
            }
            if (ORG_NOUNS.contains(head)) {
                // "the company", "the automaker": a business, not the last state body named, and the one
                // the passage is about rather than one named in passing (even with "Company" in its name).
                ActorRef r = BUSINESS_NOUNS.contains(head)
                        ? SentenceBefore.mostMentioned(actors, anchor, anchor - ROLE_REACH, ActorType.ORGANIZATION) : null;
                if (r == null) {
                    r = actors.nearestBefore(anchor, anchor - ROLE_REACH, x -> isOrg(actors, x) && hasRole(actors, x, head));
                }
                if (r == null) {
                    r = actors.nearestBefore(anchor, anchor - PRONOUN_REACH, x -> isOrg(actors, x));
                }
                return r == null ? null : Attribution.of(r, cue, Basis.ORGANISATION_NOUN);
            }
            if (cues.isSourceHead(head) && !SPOKES.contains(head)) {
                return Attribution.unnamed(description(tokens, a, b), cue, Basis.UNNAMED);
            }
            ActorRef r = actors.nearestBefore(anchor, anchor - ROLE_REACH,
                    x -> actors.type(x) == ActorType.PERSON && hasRole(actors, x, head));
            if (r == null) {
                // "the congresswoman": the nearest person who may be a woman.
                Gender g = titleGender(head);
                r = actors.nearestBefore(anchor, anchor - PRONOUN_REACH,
                        x -> actors.type(x) == ActorType.PERSON && actors.gender(x) != opposite(g));
            }
            return r == null ? null : Attribution.of(r, cue, Basis.TITLE);
        }
        if (first.capitalised() && allNameWords(tokens, a, b) && actors.canBeName(first.text())) {
            // A name the actor stage missed (often at the start of a sentence).
            return Attribution.newName(new Attribution.NewName(tokens.text().substring(start, end), ActorType.PERSON,
                    start, end), cue);
        }
        int run = b;
        while (run > a && tokens.get(run - 1).capitalised() && actors.canBeName(tokens.get(run - 1).text())) {
            run--;
        }
        if (run > a && run < b && b - run <= 4 && tokens.get(run - 1).isWord()) {
            // "píše londýnský večerník Evening Standard": a name at the end of the phrase speaks.
            return Attribution.newName(newName(actors, tokens, run, b), cue);
        }
        if (cues.isSourceHead(head) && !first.capitalised() || cues.isSourceHead(w0)) {
            return Attribution.unnamed(description(tokens, a, b), cue, Basis.UNNAMED);
        }
        return null;
    }

    /**
     * A name the actor stage missed, next to names it found: after a title ("Houston Mayor Zed Quill",
     * "Trump adviser Jo Vance") or before a complement ("Okafor-Banks of Princeton"). The names found
     * only qualify it.
     */
    private static Attribution.NewName missedName(ActorSet actors, Tokens tokens, int a, int b, List<MentionRef> inside) {
        if (inside.isEmpty()) {
            return null;
        }
        int run = b;
        while (run > a && b - run < MAX_NAME_WORDS && nameWord(actors, tokens.get(run - 1))) {
            run--;
        }
        if (run < b && run > a && !covered(inside, tokens.get(run).start(), tokens.get(b - 1).end())
                && isTitleWord(actors, tokens, run - 1)) {
            return newName(actors, tokens, run, b);
        }
        int end = a;
        while (end < b && end - a < MAX_NAME_WORDS && nameWord(actors, tokens.get(end))) {
            end++;
        }
        if (end > a && end < b && !covered(inside, tokens.get(a).start(), tokens.get(end - 1).end())
                && (tokens.get(end).is(',') || COMPLEMENT_WORDS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT)))) {
            return newName(actors, tokens, a, end);
        }
        return null;
    }

    private static Attribution.NewName newName(ActorSet actors, Tokens tokens, int a, int b) {
        int start = tokens.get(a).start();
        int end = tokens.get(b - 1).end();
        String name = tokens.text().substring(start, end);
        return new Attribution.NewName(name, actors.speakerType(name), start, end);
    }

    private static boolean nameWord(ActorSet actors, Token t) {
        return t.capitalised() && !t.allCaps() && actors.canBeName(t.text());
    }

    private static boolean covered(List<MentionRef> inside, int start, int end) {
        for (MentionRef m : inside) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Token k ends a title before a name: "Mayor", "adviser", "Gov." (a word that is no name). */
    private static boolean isTitleWord(ActorSet actors, Tokens tokens, int k) {
        if (tokens.get(k).is('.') && k > 0) {
            k--;
        }
        Token t = tokens.get(k);
        return t.isWord() && !actors.canBeName(t.text()) && !TRIM.contains(t.text().toLowerCase(Locale.ROOT))
                && !DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Unnamed sources or a group ("two U.S. officials", "lawmakers from both parties", "critics") opening the sentence before, or null. */
    private Attribution sourcesOpeningSentenceBefore(ActorSet actors, Tokens tokens, int anchor, String cue) {
        int[] range = SentenceBefore.range(tokens, anchor);
        if (range == null) {
            return null;
        }
        int ss = range[0];
        int e = range[1];
        String w = tokens.get(ss).text();
        int end = ss + 1;
        while (end < e && end - ss < MAX_SOURCE_WORDS && tokens.get(end).isWord() && !cues.isCueVerb(tokens.get(end).text())
                && (end == ss + 1 || !tokens.get(end).text().endsWith("ed"))
                && !TRIM.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
            end++;
        }
        if (!cues.isSourceDeterminer(w) && !cues.isSourceHead(w) && !isGroup(actors, tokens, ss, end)) {
            return null;
        }
        Attribution r = resolve(actors, ss, end, anchor, cue);
        return r != null && r.actor() == null && r.anonymous() != null ? r : null;
    }

    /**
     * Words naming a group with no source noun and no name: a plural noun for people in lower case,
     * optionally after a quantifier and before a complement ("critics", "some economists at the bank").
     */
    /** A plural noun shaped like one for people: "critics", "economists", "protesters", "advocates" (not "books"). */
    private static boolean personPlural(String w) {
        if (w.length() < 6) {
            return false;
        }
        for (String suffix : PERSON_PLURALS) {
            if (w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private boolean isGroup(ActorSet actors, Tokens tokens, int a, int b) {
        int k = a;
        if (cues.isSourceDeterminer(tokens.get(k).text()) || DETERMINERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k >= b || b - a > MAX_SOURCE_WORDS) {
            return false;
        }
        Token head = tokens.get(k);
        String w = head.text().toLowerCase(Locale.ROOT);
        boolean lower = !head.capitalised() || k == a && !actors.canBeName(head.text());
        if (!head.isWord() || !lower || !personPlural(w)) {
            return false;
        }
        // Only a complement may follow the noun: "economists at the bank", not "critics say".
        return k + 1 == b || COMPLEMENT_WORDS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The actor's name or roles hold the title word, or a short or sibling form of it: "the senator"
     * is "Sen. Warren", "the lawmaker" is "Rep. Jordan".
     */
    private static boolean hasRole(ActorSet actors, ActorRef x, String head) {
        if (actors.hasRoleWord(x, head)) {
            return true;
        }
        for (String alias : ROLE_ALIASES.getOrDefault(head, List.of())) {
            if (actors.hasRoleWord(x, alias)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allPlaces(ActorSet actors, List<MentionRef> inside) {
        for (MentionRef m : inside) {
            if (actors.type(m.actor()) != ActorType.LOCATION) {
                return false;
            }
        }
        return true;
    }

    /** A mention after "of", "for", "at", "in", "from": it completes the noun before it. */
    private static boolean isComplement(Tokens tokens, MentionRef m) {
        int k = tokens.indexAtOrAfter(m.start()) - 1;
        if (k < 0) {
            return false;
        }
        return COMPLEMENT_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }

    private static boolean possessive(Tokens tokens, MentionRef m) {
        int k = tokens.indexAtOrAfter(m.end());
        return k < tokens.size() && tokens.get(k).kind() == Token.Kind.POSSESSIVE && tokens.get(k).start() == m.end();
    }

    /** The gender a title word says: "congresswoman", "chairman"; unknown for "senator". */
    private static Gender titleGender(String head) {
        if (head.endsWith("woman") || head.endsWith("women") || FEMALE_TITLES.contains(head)) {
            return Gender.FEMALE;
        }
        if (head.endsWith("man") || head.endsWith("men") || MALE_TITLES.contains(head)) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    private static Gender opposite(Gender g) {
        return g == Gender.MALE ? Gender.FEMALE : g == Gender.FEMALE ? Gender.MALE : null;
    }

    private static boolean isOrg(ActorSet actors, ActorRef x) {
        ActorType t = actors.type(x);
        return t == ActorType.ORGANIZATION || t == ActorType.GOVERNMENT;
    }

    private boolean trimmable(Token t) {
        if (!t.isWord()) {
            return true;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        // "-ly" adverbs go ("previously"), but not a source noun that looks like one ("one reply").
        return TRIM.contains(w) || w.endsWith("ly") && w.length() > 4 && !t.capitalised() && !cues.isSourceHead(w);
    }

    private boolean hasSourceHead(Tokens tokens, int a, int b) {
        for (int k = a + 1; k < b && k < a + 5; k++) {
            if (cues.isSourceHead(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsMention(List<MentionRef> inside, int start) {
        return !inside.isEmpty() && inside.get(0).start() == start;
    }

    private static boolean startsPerson(ActorSet actors, List<MentionRef> inside, int start) {
        return !inside.isEmpty() && inside.get(0).start() == start && actors.type(inside.get(0).actor()) == ActorType.PERSON;
    }

    /** "a spokesman for Nvidia": the company speaks through its spokesman. */
    private static ActorRef spokesmanFor(ActorSet actors, Tokens tokens, int a, int b, List<MentionRef> inside) {
        for (int k = a; k < b - 1; k++) {
            if (SPOKES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                String next = tokens.get(k + 1).text();
                if (next.equals("for") || next.equals("of") || next.equals("at")) {
                    for (MentionRef m : inside) {
                        if (m.start() >= tokens.get(k + 1).end() && actors.type(m.actor()) != ActorType.PERSON) {
                            return m.actor();
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean allNameWords(Tokens tokens, int a, int b) {
        if (b - a > 4) {
            return false;
        }
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (!(t.capitalised() || t.isWord() && (t.text().equals("de") || t.text().equals("van")))) {
                return false;
            }
        }
        return true;
    }

    /** The description of an unnamed source as written, with a sentence-initial capital lowered. */
    private static String description(Tokens tokens, int a, int b) {
        String s = tokens.text().substring(tokens.get(a).start(), tokens.get(b - 1).end());
        Token first = tokens.get(a);
        if (first.capitalised() && !first.allCaps() && s.length() > 1) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
