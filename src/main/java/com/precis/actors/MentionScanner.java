package com.precis.actors;

import com.precis.document.ActorType;
import com.precis.text.ArticleText;
import com.precis.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the spans of the text that name someone or something: runs of capitalised words (with the
 * small words names contain: "of", "de", "&"), cut where a title ends ("Commerce Secretary | Howard
 * Lutnick") or a known name is followed by a product ("Nvidia | Blackwell"), and typed from the
 * gazetteers, titles, given names and organisation keywords. One pass over the tokens.
 */
final class MentionScanner {

    /**
     * The most tokens one run of capitalised words may take: the longest names ("Committee for a
     * Responsible Federal Budget", "Secretary of State Mike Pompeo") are well under it, and splitting
     * a run costs the square of its length, so a page of capitalised words must not make one run.
     */
    static final int MAX_NAME_RUN = 16;
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "&", "on", "upon", "und", "et", "y", "e");

    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Upper", "Lower", "Central", "Greater", "Inner", "Outer", "Northeast", "Northwest",
            "Southeast", "Southwest", "Midtown", "Downtown");

    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest");

    private static final Set<String> AFTER_NAME = Set.of("in", "on", "at", "and", "or", "for", "to", "with", "which",
            "where", "from", "is", "was", "has", "had", "sold", "said");

    /** Words that open a place's name: "Cape Canaveral", "Lake Tahoe", "Fort Worth". */
    private static final Set<String> PLACE_FIRST = Set.of("Cape", "Lake", "Mount", "Mt.", "Fort", "Port", "Isle",
            "Gulf", "Bay", "Point", "Lac", "Rio", "Río", "Mont", "Monte", "Sierra", "Cabo", "Puerto", "Porto");
    private static final Set<String> MODIFIER_SUFFIXES = Set.of("based", "owned", "born", "backed", "funded",
            "led", "run", "listed", "headquartered", "controlled", "made", "linked", "allied", "affiliated");

    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;
    private final Set<String> particles;

    MentionScanner(NameLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.particles = lexicon.list("particle");
    }

    /** Which tokens start a sentence (or stand in a heading, whose capitals say nothing). */
    static boolean[] initialTokens(ArticleText text, Tokens tokens) {
        boolean[] initial = new boolean[tokens.size()];
        for (Sentence s : text.sentences()) {
            int from = tokens.indexAtOrAfter(s.start());
            int to = tokens.indexAtOrAfter(s.end());
            boolean titleCase = s.heading() || mostlyCapitalised(tokens, from, to);
            boolean expectStart = true;
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.isWord()) {
                    initial[i] = expectStart || titleCase;
                    expectStart = false;
                } else if (t.kind() == Token.Kind.PUNCT && isOpenerOrColon(t.text())) {
                    expectStart = true;
                }
            }
        }
        return initial;
    }

    private static boolean isOpenerOrColon(String p) {
        return p.equals(":") || p.equals("“") || p.equals("\"") || p.equals("«") || p.equals("„") || p.equals("‘")
                || p.equals("—") || p.equals("(") || p.equals("•") || p.equals("-") || p.equals("–") || p.equals("[");
    }

    // Headlines in Title Case or capitals: more than two thirds of the words capitalised.
    private static boolean mostlyCapitalised(Tokens tokens, int from, int to) {
        int words = 0;
        int caps = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.capitalised()) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 3 > words * 2;
    }

    List<Mention> scan(ArticleText text, Tokens tokens, DocumentWords words) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            int from = tokens.indexAtOrAfter(s.start());
            int to = tokens.indexAtOrAfter(s.end());
            // a title-case line without a sentence's full stop ("Nvidia Shares Slide After Export Curbs")
            boolean headline = s.heading() || mostlyCapitalised(tokens, from, to) && !endsSentence(s.text());
            int i = from;
            while (i < to) {
                if (!isNameWord(tokens.get(i)) || headline && !headlineName(tokens.get(i), words)) {
                    i++;
                    continue;
                }
                int known = longestKnown(tokens, i, to);
                if (known > 0) {
                    classify(tokens, i, known, words, out);
                    i = known;
                    continue;
                }
                int end = i + 1;
                int j = i + 1;
                while (j < to && j - i < MAX_NAME_RUN) {
                    Token u = tokens.get(j);
                    if (isNameWord(u) && !(headline && !headlineName(u, words))) {
                        end = ++j;
                    } else if (u.kind() == Token.Kind.POSSESSIVE && j == i + 1 && j + 1 < to
                            && isKeyword(tokens.get(j + 1).text()) && gazetteer.find(tokens.get(i).text()) == null
                            && !isKeyword(tokens.get(i).text())) {
                        j++; // "Sam’s Club", "Fisherman’s Terminal"
                    } else if (isJoiner(u) && j + 1 < to && isNameWord(tokens.get(j + 1))
                            && !lexicon.isCommonWord(tokens.get(j + 1).text())) {
                        j++;
                    } else if (isJoiner(u) && j + 2 < to && (isJoiner(tokens.get(j + 1)) || tokens.get(j + 1).text().equals("a"))
                            && isNameWord(tokens.get(j + 2))) {
                        j += 2; // "Secretary of the Treasury", "Committee for a Responsible Federal Budget"
                    } else {
                        break;
                    }
                }
                if (end + 1 < to && tokens.get(end).is(',') && lexicon.isOrgSuffix(tokens.get(end + 1).text())
                        && tokens.get(end + 1).capitalised()) {
                    end += 2; // "U.S. Games Systems, Inc."
                }
                if (end == i + 1 && end + 1 < tokens.size() && tokens.get(end).kind() == Token.Kind.POSSESSIVE
                        && endsPossessiveName(tokens, end + 1) && gazetteer.find(tokens.get(i).text()) == null
                        && lexicon.givenName(tokens.get(i).text()) == null && !words.initial(i)) {
                    // "at Christie’s.", "from Brentano’s in New York": a shop's name ends in ’s
                    Mention m = new Mention(i, end + 1, tokens.get(i).start(), tokens.get(end).end(),
                            MentionScanner.span(tokens, i, end + 1), ActorType.ORGANIZATION, Mention.Strength.RULE);
                    out.add(m);
                    i = end + 1;
                    continue;
                }
                split(tokens, i, end, words, out);
                i = end;
            }
        }
        return out;
    }

    private static boolean endsSentence(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == ':' || c == ';' || c == ')';
    }

    /**
     * In a headline every word is capitalised, so a word counts as a name's only when the article writes it
     * capitalised inside a sentence, or the lexicons know it: "Nvidia Shares Slide After Export Curbs"
     * names Nvidia, not "Shares Slide After Export Curbs".
     */
    private boolean headlineName(Token t, DocumentWords words) {
        String w = t.text();
        if (t.allCaps()) {
            return !words.seenLowerCase(w) && !lexicon.isCommonWord(w);
        }
        return words.seenCapitalisedInside(w) || gazetteer.find(w) != null || lexicon.givenName(w) != null
                || isKeyword(w) || lexicon.isRoleHead(w);
    }

    /** The end of the longest known name starting at i that has lower-case words in it ("Conseil constitutionnel"), or -1. */
    private int longestKnown(Tokens tokens, int i, int to) {
        int best = -1;
        if (i + 1 >= to || tokens.get(i + 1).capitalised() || !tokens.get(i + 1).isWord()) {
            return best; // only names that go on in lower case need this look-ahead
        }
        boolean lower = false;
        for (int e = i + 2; e <= Math.min(to, i + gazetteer.longestName()); e++) {
            Token t = tokens.get(e - 1);
            if (!t.isWord()) {
                break;
            }
            lower |= !t.capitalised();
            if (lower && gazetteer.find(span(tokens, i, e)) != null) {
                best = e;
            }
        }
        return best;
    }

    private static boolean isOpeningMark(Token t) {
        return t.is('“') || t.is('"') || t.is('«') || t.is('„') || t.is('‘');
    }

    private static boolean isClosingMark(Token t) {
        return t.is('”') || t.is('"') || t.is('»') || t.is('“') || t.is('’');
    }

    /** A closing quotation mark at b, or after a comma or full stop there (“Super Mario Run,” the…). */
    private static boolean closesQuote(Tokens tokens, int b) {
        Token t = tokens.get(b);
        return isClosingMark(t) || (t.is(',') || t.is('.')) && b + 1 < tokens.size() && isClosingMark(tokens.get(b + 1))
                && tokens.get(b + 1).start() == t.end();
    }

    private static boolean endsPossessiveName(Tokens tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is('.') || t.is(',') || t.is(';') || t.is(')') || t.isWord() && AFTER_NAME.contains(t.text());
    }

    private static boolean isNameWord(Token t) {
        return t.capitalised() || t.isWord() && t.text().length() > 4 && (t.text().startsWith("al-") || t.text().startsWith("el-"))
                && Character.isUpperCase(t.text().charAt(3));
    }

    private boolean isJoiner(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.isWord() && (particles.contains(w) || JOINERS.contains(w)) && !t.capitalised()
                || t.is('&') || t.isWord() && (w.equals("of") || w.equals("the"));
    }

    /** Keeps joiners that belong to one name ("Bank of America", "Procter & Gamble") and splits at others. */
    private void split(Tokens tokens, int a, int b, DocumentWords words, List<Mention> out) {
        for (int k = a; k < b; k++) {
            String w = tokens.get(k).text();
            int dash = w.lastIndexOf('-');
            if (dash > 0 && MODIFIER_SUFFIXES.contains(w.substring(dash + 1))) {
                // "Seattle-based International Pacific Halibut Commission": the place is a mention of its own.
                Token t = tokens.get(k);
                int leftEnd = t.start() + dash;
                while (a < k && lexicon.isCommonWord(tokens.get(a).text())) {
                    a++; // "The Seattle-based…"
                }
                for (int j = k - 1; j > a; j--) {
                    if (isJoiner(tokens.get(j)) && !tokens.get(j).text().equals("of")) {
                        // "Barclays and Paris-listed TotalEnergies": the name before the "and" is one of its own
                        split(tokens, a, j, words, out);
                        a = j + 1;
                        break;
                    }
                }
                String left = tokens.text().substring(tokens.get(a).start(), leftEnd);
                GazetteerEntry e = gazetteer.find(left);
                ActorType type = e != null ? e.type() : w.endsWith("-based") || w.endsWith("-born")
                        ? ActorType.LOCATION : ActorType.ORGANIZATION;
                Mention m = new Mention(a, k + 1, tokens.get(a).start(), leftEnd, left, type,
                        e != null ? Mention.Strength.KNOWN : Mention.Strength.GUESS);
                m.entry = e;
                if ((e == null || e.kind() != GazetteerEntry.Kind.DEMONYM) && !lexicon.isCommonWord(left)) {
                    out.add(m);
                }
                if (k + 1 < b) {
                    split(tokens, k + 1, b, words, out);
                }
                return;
            }
        }
        if (gazetteer.find(span(tokens, a, b)) != null) {
            classify(tokens, a, b, words, out);
            return;
        }
        int body = knownAfterCountry(tokens, a, b);
        if (body > 0) {
            // "U.S. Securities and Exchange Commission": the country, then a body the gazetteer knows whole
            classify(tokens, a, body, words, out);
            classify(tokens, body, b, words, out);
            return;
        }
        for (int k = a + 1; k < b - 1; k++) {
            Token t = tokens.get(k);
            if (t.capitalised()) {
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.is(',') && k == b - 2 && lexicon.isOrgSuffix(tokens.get(b - 1).text())) {
                continue; // "U.S. Games Systems, Inc."
            }
            if (t.is('&') || particles.contains(w) || t.kind() == Token.Kind.POSSESSIVE || isNameWord(t)) {
                continue; // "Omar Hassan al-Bashir"
            }
            if (w.equals("a") && (tokens.get(k - 1).text().equals("for") || tokens.get(k - 1).text().equals("of"))) {
                continue; // "Committee for a Responsible Federal Budget"
            }
            if (keepsJoiner(tokens, a, k, b, w)) {
                continue;
            }
            classify(tokens, a, k, words, out);
            int next = k + 1;
            while (next < b && !tokens.get(next).capitalised()) {
                next++;
            }
            split(tokens, next, b, words, out);
            return;
        }
        classify(tokens, a, b, words, out);
    }

    /** Where a known name starts after a country's name ("U.S. | Food and Drug Administration"), or -1. */
    private int knownAfterCountry(Tokens tokens, int a, int b) {
        int s = a;
        while (s < b && lexicon.isCommonWord(tokens.get(s).text())) {
            s++; // "The U.S. …"
        }
        for (int k = s + 1; k < b && k <= s + 3; k++) {
            GazetteerEntry country = gazetteer.find(span(tokens, s, k));
            if (country != null && country.isCountry() && gazetteer.find(span(tokens, k, b)) != null) {
                return k;
            }
        }
        return -1;
    }

    private boolean keepsJoiner(Tokens tokens, int a, int k, int b, String joiner) {
        String left = tokens.get(k - 1).text();
        String first = tokens.get(a).text();
        String last = tokens.get(b - 1).text();
        boolean orgLeft = lexicon.isGovernmentWord(left) || lexicon.isOrgWord(left) || lexicon.isPlaceWord(left)
                || lexicon.isGovernmentWord(first) || lexicon.isOrgWord(first) || left.equals("Republic")
                || left.equals("Kingdom") || left.equals("Gulf") || left.equals("Isle");
        boolean orgRight = lexicon.isGovernmentWord(last) || lexicon.isOrgWord(last) || lexicon.isOrgSuffix(last);
        return switch (joiner) {
            case "of", "the", "on", "upon" -> orgLeft || lexicon.isRoleHead(left) || orgRight && joiner.equals("of");
            case "for" -> orgRight || orgLeft;
            // "Center on Poverty and Inequality": one more word after an organisation's "and" still belongs to it.
            case "and", "und", "et", "y", "e" -> !lexicon.isOrgSuffix(left) && !tokens.get(k + 1).text().equals("the")
                    && (orgRight && !orgInside(tokens, a, k) || orgInside(tokens, a, k) && !orgRight && b - k <= 3)
                    && gazetteer.find(tokens.get(k + 1).text()) == null
                    // "Amnesty International and Human Rights Watch": two names the gazetteer knows
                    && (gazetteer.find(span(tokens, a, k)) == null || gazetteer.find(span(tokens, k + 1, b)) == null);
            default -> false;
        };
    }

    private boolean orgInside(Tokens tokens, int a, int k) {
        for (int i = a; i < k; i++) {
            String w = tokens.get(i).text();
            if (lexicon.isGovernmentWord(w) || lexicon.isOrgWord(w)) {
                return true;
            }
        }
        return false;
    }

    private void classify(Tokens tokens, int a, int b, DocumentWords words, List<Mention> out) {
        classify(tokens, a, b, words, out, null);
    }

    /**
     * Makes the mentions of tokens [a, b): honorifics and titles split off as roles, known names
     * looked up, things dropped. With a {@code hint} (the tagger's type) a name the lexicons do not
     * know takes that type; without one, the rules type it.
     */
    void classify(Tokens tokens, int a, int b, DocumentWords words, List<Mention> out, ActorType hint) {
        if (a >= b) {
            return;
        }
        if (a > 0 && b < tokens.size() && isOpeningMark(tokens.get(a - 1)) && closesQuote(tokens, b)
                && b - a >= 2 && gazetteer.find(span(tokens, a, b)) == null) {
            return; // “Super Mario Run”: a name alone between quotation marks is a title
        }
        // A sentence's first word is capitalised anyway: keep it only when something says it is a name.
        while (a < b && words.initial(a) && isCommonAtStart(tokens.get(a), words)
                && gazetteer.find(span(tokens, a, b)) == null && !familyNameFirst(tokens, a, b)
                && !(allCaps(tokens, a, b) && gazetteer.findFolded(span(tokens, a, b)) != null)) { // "NEW YORK, June 3"

            a++;
        }
        while (a < b && !tokens.get(a).capitalised()) {
            a++;
        }
        if (b - a >= 2 && tokens.get(a).allCaps() && lexicon.givenName(tokens.get(a + 1).text()) != null
                && gazetteer.find(span(tokens, a, b)) == null) {
            classify(tokens, a, a + 1, words, out); // "UMP Laure de la Raudière": a party, then a person
            a++;
        }
        if (b - a >= 3 && words.initial(a) && lexicon.givenName(tokens.get(a + 1).text()) != null
                && lexicon.givenName(tokens.get(a).text()) == null && !lexicon.isHonorific(tokens.get(a).text())
                && !isRoleHeadWord(tokens.get(a).text()) && !lexicon.isRoleModifier(tokens.get(a).text())
                && gazetteer.find(tokens.get(a).text()) == null) {
            a++; // "Enter Stuart R. Kaplan": a sentence's first word before a given name is no part of the name
        }
        if (a >= b) {
            return;
        }
        if (lexicon.isThingWord(tokens.get(b - 1).text()) && b - a >= 2 && gazetteer.find(span(tokens, a, b)) == null) {
            return; // "Data Retention Bill", "World Cup": laws, events and prizes are not actors
        }
        if (b - a == 1 && hyphenatedAdjective(tokens.get(a).text())) {
            return; // "U.S.-led", "Israeli-Palestinian", "African-American"
        }
        if (b - a == 1 && PartyTag.is(tokens.get(a).text())) {
            return; // "Sen. Ted Cruz, R-Texas": a party and state, nobody's name
        }
        Gender gender = Gender.UNKNOWN;
        boolean honorific = false;
        while (a < b - 1 && lexicon.isHonorific(tokens.get(a).text())) {
            gender = lexicon.honorificGender(tokens.get(a).text());
            honorific = true;
            a++;
        }
        if (tokens.get(a).text().equals("The") && b - a > 1 && gazetteer.find(span(tokens, a, b)) == null) {
            a++;
        }
        while (b > a && !isNameWord(tokens.get(b - 1)) && gazetteer.find(span(tokens, a, b)) == null) {
            b--;
        }
        if (a >= b) {
            return;
        }
        String whole = span(tokens, a, b);
        if (onlyTitleWords(tokens, a, b)) {
            return; // "the President", "Commerce Secretary", "Ministry": a role or a keyword alone names nobody
        }
        GazetteerEntry known = lookup(tokens, a, b, whole, words);
        if (known != null) {
            if (known.kind() != GazetteerEntry.Kind.DEMONYM) {
                Mention m = known(tokens, a, b, whole, known, words);
                out.add(m);
                bodyAfter(tokens, m, out);
            }
            return; // "Chinese customers": a nationality is no actor
        }
        for (int k = a + 1; k < b && !honorific; k++) {
            GazetteerEntry tail = gazetteer.find(span(tokens, k, b));
            if (tail != null && tail.type() == ActorType.LOCATION && tail.kind() != GazetteerEntry.Kind.DEMONYM
                    && k == a + 1 && DIRECTIONS.contains(tokens.get(a).text())) {
                // "Lower Manhattan", "Northern Pacific": a part of a known place is a place of its own
                Mention m = new Mention(a, b, tokens.get(a).start(), tokens.get(b - 1).end(), span(tokens, a, b),
                        ActorType.LOCATION, Mention.Strength.RULE);
                m.sentenceInitial = words.initial(a);
                out.add(m);
                return;
            }
            GazetteerEntry country = tail != null && tail.type() != ActorType.PERSON && k - a <= 3
                    ? gazetteer.find(span(tokens, a, k)) : null;
            if (country != null && country.isCountry() && tail.kind() != GazetteerEntry.Kind.DEMONYM) {
                // "U.S. Food and Drug Administration": the country and the body it has, each a mention
                out.add(known(tokens, a, k, span(tokens, a, k), country, words));
                out.add(known(tokens, k, b, span(tokens, k, b), tail, words));
                return;
            }
            if (tail != null && tail.kind() != GazetteerEntry.Kind.DEMONYM && onlyQualifiers(tokens, a, k)) {
                // "Islamist Muslim Brotherhood", "Chinese Huawei": a known name after words that qualify it
                out.add(known(tokens, k, b, span(tokens, k, b), tail, words));
                return;
            }
        }
        int titleEnd = honorific ? -1 : titleEnd(tokens, a, b, words);
        String role = null;
        if (titleEnd > a) {
            role = span(tokens, a, titleEnd);
            for (int k = a; k < titleEnd; ) {
                // "US Commerce Secretary", "Australian Federal Police Commissioner": the country or body in a
                // title is a mention too (the longest known name from each word).
                int taken = 0;
                for (int e = Math.min(titleEnd, k + gazetteer.longestName()); e > k && taken == 0; e--) {
                    GazetteerEntry inside = gazetteer.find(span(tokens, k, e));
                    if (inside != null && inside.kind() != GazetteerEntry.Kind.DEMONYM && tokens.get(k).capitalised()) {
                        out.add(known(tokens, k, e, span(tokens, k, e), inside, words));
                        taken = e - k;
                    }
                }
                k += Math.max(1, taken);
            }
            a = titleEnd;
            whole = span(tokens, a, b);
            GazetteerEntry person = gazetteer.find(whole);
            if (person != null && person.type() == ActorType.PERSON) {
                // "President Barack Obama" is the Barack Obama of the gazetteer, with a role.
                Mention m = known(tokens, a, b, whole, person, words);
                m.role = role;
                out.add(m);
                return;
            }
        }
        boolean namedPerson = lexicon.givenName(tokens.get(a).text()) != null
                && (gazetteer.find(tokens.get(a).text()) == null || looksLikeSurname(tokens.get(a + 1 < b ? a + 1 : a).text()));
        if (!honorific && role == null && b - a >= 2 && !namedPerson) {
            // "Nvidia Blackwell", "Chinese Huawei": a known name followed by something that is no part of it.
            for (int k = b - 1; k > a; k--) {
                GazetteerEntry prefix = gazetteer.find(span(tokens, a, k));
                if (prefix != null && !endsWithKeyword(tokens, b) && !anyKeyword(tokens, k, b)
                        && placeThenName(prefix, tokens, k, b)
                        && !(b < tokens.size() && tokens.get(b).text().equals("of"))) {
                    // "Cambridge Analytica", "Yahoo Japan", "Gallup Korea": one organisation's name
                    Mention m = new Mention(a, b, tokens.get(a).start(), tokens.get(b - 1).end(), span(tokens, a, b),
                            ActorType.ORGANIZATION, Mention.Strength.RULE);
                    m.sentenceInitial = words.initial(a);
                    out.add(m);
                    return;
                }
                if (prefix != null && !endsWithKeyword(tokens, b) && !anyKeyword(tokens, k, b)) {
                    if (prefix.kind() != GazetteerEntry.Kind.DEMONYM) {
                        out.add(known(tokens, a, k, span(tokens, a, k), prefix, words));
                    }
                    classify(tokens, k, b, words, out);
                    return;
                }
            }
        }
        if (a > 1 && tokens.get(a - 1).kind() == Token.Kind.POSSESSIVE && role == null && !honorific) {
            GazetteerEntry owner = gazetteer.find(tokens.get(a - 2).text());
            if (owner != null && owner.type() == ActorType.ORGANIZATION && lexicon.givenName(tokens.get(a).text()) == null
                    && gazetteer.find(whole) == null) {
                return; // "Sony’s PlayStation VR": a company's product
            }
        }
        boolean hasDigit = false;
        for (int k = a; k < b; k++) {
            hasDigit |= tokens.get(k).hasDigit();
        }
        if (hasDigit) {
            return; // "H20", "G7" (known ones were found above): products and models, not actors
        }
        if (hint == null && role == null && !honorific && numberAfter(tokens, b) && !anyKeyword(tokens, a, b)
                && !endsWithKeyword(tokens, b)) {
            return; // "S&P 500", "Chapter 11", "Windows 11": an unknown name with a number is an index, a clause, a model
        }
        if (b - a == 1 && tokens.get(a).allCaps() && words.acronymOfThing(tokens, a)) {
            return; // "personally identifiable information (PII)", "GTX 1080", "siglo XX": not an actor
        }
        Mention m = hint != null && role == null && !honorific ? hinted(tokens, a, b, whole, hint)
                : typed(tokens, a, b, whole, role != null || honorific);
        if (m == null) {
            return;
        }
        m.role = role != null ? role : m.role;
        m.honorific = honorific;
        if (gender != Gender.UNKNOWN) {
            m.gender = gender;
        }
        m.sentenceInitial = words.initial(a);
        out.add(m);
        bodyAfter(tokens, m, out);
    }

    /**
     * "the Obama administration", "West Mercia police", "the Tuva government": a name followed by a
     * lower-case body word is that body too. The name's own mention is then only a modifier.
     */
    private void bodyAfter(Tokens tokens, Mention m, List<Mention> out) {
        if (m.endToken >= tokens.size()) {
            return;
        }
        Token next = tokens.get(m.endToken);
        if (!next.isWord() || next.capitalised()) {
            return;
        }
        ActorType type = switch (next.text()) {
            case "administration", "government", "police", "army", "council", "ministry", "authorities" ->
                    ActorType.GOVERNMENT;
            case "hospital", "foundation", "university", "party", "campaign", "magazine", "newspaper" -> ActorType.ORGANIZATION;
            default -> null;
        };
        if (type == ActorType.GOVERNMENT && m.entry != null && m.entry.kind() == GazetteerEntry.Kind.CAPITAL
                && !next.text().equals("police")) {
            m.actsAsState = true; // "the Tunis government" is Tunisia's
            return;
        }
        if (type == null || m.type == ActorType.PERSON && m.strength != Mention.Strength.GUESS
                && !next.text().equals("administration")
                || m.type == ActorType.ORGANIZATION || m.type == ActorType.GOVERNMENT
                || m.entry != null && m.entry.isCountry() && !next.text().equals("administration")) {
            return; // a country's government is the country itself (see InstitutionPhrases)
        }
        String surface = tokens.text().substring(m.start, next.end());
        Mention body = new Mention(m.firstToken, m.endToken + 1, m.start, next.end(), surface, type, Mention.Strength.RULE);
        m.modifier = true;
        if (type == ActorType.ORGANIZATION && m.entry == null && m.tokenCount() == 1 && m.type == null) {
            m.type = ActorType.ORGANIZATION; // "the Ennahda party": Ennahda is the party
            m.strength = Mention.Strength.RULE;
            m.modifier = false;
            return;
        }
        if (m.entry == null && type == ActorType.GOVERNMENT && !next.text().equals("administration")) {
            m.type = ActorType.LOCATION; // "the Tuva government": Tuva is a place with a government
            m.strength = Mention.Strength.RULE;
        }
        out.add(body);
    }

    private boolean onlyQualifiers(Tokens tokens, int a, int k) {
        for (int i = a; i < k; i++) {
            String w = tokens.get(i).text();
            GazetteerEntry e = gazetteer.find(w);
            boolean qualifier = lexicon.isCommonWord(w) || e != null && e.kind() == GazetteerEntry.Kind.DEMONYM;
            if (!qualifier) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyTitleWords(Tokens tokens, int a, int b) {
        if (gazetteer.find(span(tokens, a, b)) != null) {
            return false;
        }
        for (int k = a; k < b; k++) {
            String w = tokens.get(k).text();
            boolean keyword = b - a == 1 && (lexicon.isGovernmentWord(w) || lexicon.isOrgWord(w) || lexicon.isOrgSuffix(w)
                    || lexicon.isPlaceWord(w));
            if (!(lexicon.isRoleHead(w) || lexicon.isRoleModifier(w) || keyword || w.equals("of") || w.equals("the"))) {
                return false;
            }
        }
        return true;
    }

    private boolean isCommonAtStart(Token t, DocumentWords words) {
        String w = t.text();
        if (lexicon.givenName(w) != null || lexicon.isHonorific(w) || gazetteer.find(w) != null) {
            return false;
        }
        if (lexicon.isCommonWord(w) || lexicon.isCommonWord(beforeApostrophe(w))) {
            return true; // "The", "Despite", "AS" in a headline, "I’ve"
        }
        if (t.allCaps() && w.length() > 1) {
            return false;
        }
        return words.seenLowerCase(w) && !words.seenCapitalisedInside(w) && gazetteer.find(w) == null;
    }

    private boolean hyphenatedAdjective(String w) {
        int dash = w.indexOf('-');
        if (dash <= 0 || gazetteer.find(w) != null) {
            return false;
        }
        String last = w.substring(w.lastIndexOf('-') + 1);
        if (last.isEmpty() || Character.isLowerCase(last.charAt(0))) {
            return true;
        }
        for (String part : w.split("-")) {
            GazetteerEntry e = gazetteer.find(part);
            if (!(e != null && (e.kind() == GazetteerEntry.Kind.DEMONYM || e.isCountry()) || lexicon.isCommonWord(part))) {
                return false;
            }
        }
        return true;
    }

    static String beforeApostrophe(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '’' || c == '\'') {
                return w.substring(0, i);
            }
        }
        return w;
    }

    private GazetteerEntry lookup(Tokens tokens, int a, int b, String whole, DocumentWords words) {
        GazetteerEntry e = gazetteer.find(whole);
        if (e == null && allCaps(tokens, a, b)) {
            e = gazetteer.findFolded(whole);
            if (e != null && whole.length() <= 3 && !e.canonical().equalsIgnoreCase(whole)
                    && gazetteer.find(whole) == null) {
                e = null; // a short capitalised word in a headline ("US" vs "us") is no evidence
            }
        }
        if (e != null && e.kind() == GazetteerEntry.Kind.PERSON && b - a == 1 && !whole.equals(e.canonical())) {
            return e; // "Trump", "Putin": well-known surnames
        }
        return e;
    }

    private static boolean allCaps(Tokens tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            if (!tokens.get(k).allCaps()) {
                return false;
            }
        }
        return true;
    }

    private Mention known(Tokens tokens, int a, int b, String surface, GazetteerEntry e, DocumentWords words) {
        Mention m = new Mention(a, b, tokens.get(a).start(), tokens.get(b - 1).end(), surface, e.type(), Mention.Strength.KNOWN);
        m.entry = e;
        m.sentenceInitial = words.initial(a);
        if (e.type() == ActorType.PERSON && e.canonical() != null) {
            // A known person ("Trump" is Donald Trump) has the gender of the given name in the full name.
            int space = e.canonical().indexOf(' ');
            Gender g = space > 0 ? lexicon.givenName(e.canonical().substring(0, space)) : null;
            if (g != null) {
                m.gender = g;
            }
        }
        return m;
    }

    /**
     * The token after a title that starts a name ("US Commerce Secretary | Howard Lutnick",
     * "Communications Minister | Malcolm Turnbull", "Attorney-General | George Brandis"), or -1.
     */
    private int titleEnd(Tokens tokens, int a, int b, DocumentWords words) {
        if (endsWithKeyword(tokens, b)) {
            return -1;
        }
        int stop = -1;
        for (int k = a; k < b - 1; k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (isRoleHeadWord(w)) {
                stop = k + 1;
            } else if (stop > 0 && lexicon.isRoleModifier(w) && t.capitalised()) {
                stop = k + 1; // "Secretary of State": a modifier after the head still belongs to the title
            } else if (stop > 0 && t.capitalised()) {
                break;
            }
        }
        if (stop < 0 || stop >= b || !tokens.get(stop).capitalised() || b - stop > 4) {
            return -1;
        }
        Token name = tokens.get(stop);
        if (b - stop == 1 && lexicon.isCommonWord(name.text())) {
            return -1;
        }
        return stop;
    }

    private boolean isRoleHeadWord(String w) {
        if (lexicon.isRoleHead(w)) {
            return true;
        }
        int dash = w.lastIndexOf('-');
        return dash > 0 && dash < w.length() - 1 && lexicon.isRoleHead(w.substring(dash + 1));
    }

    private boolean isKeyword(String w) {
        return lexicon.isGovernmentWord(w) || lexicon.isOrgSuffix(w) || lexicon.isOrgWord(w) || lexicon.isPlaceWord(w);
    }

    private boolean endsWithKeyword(Tokens tokens, int b) {
        String last = tokens.get(b - 1).text();
        return lexicon.isGovernmentWord(last) || lexicon.isOrgSuffix(last) || lexicon.isOrgWord(last)
                || lexicon.isPlaceWord(last);
    }

    private Mention typed(Tokens tokens, int a, int b, String whole, boolean personContext) {
        int n = b - a;
        Token first = tokens.get(a);
        Token last = tokens.get(b - 1);
        ActorType type = null;
        Mention.Strength strength = Mention.Strength.RULE;
        Gender gender = Gender.UNKNOWN;
        if (personContext) {
            type = ActorType.PERSON;
            if (n >= 2 && lexicon.givenName(first.text()) != null) {
                gender = lexicon.givenName(first.text()); // "Senate leader Mitch McConnell": still a man's name
            }
        } else if (n >= 2 && lexicon.isGovernmentWord(last.text())) {
            type = ActorType.GOVERNMENT;
        } else if (n >= 2 && lexicon.isPlaceWord(last.text()) && !lexicon.isOrgSuffix(last.text())) {
            type = ActorType.LOCATION; // "Times Square", "Las Vegas Strip"
        } else if (n >= 2 && (lexicon.isOrgSuffix(last.text()) || anyOrgWord(tokens, a, b))) {
            type = ActorType.ORGANIZATION;
        } else if (n >= 2 && anyGovernmentWord(tokens, a, b) && lexicon.givenName(first.text()) == null) {
            type = ActorType.GOVERNMENT; // "Ministry of Finance", "New Zealand Department of Conservation"
        } else if (n >= 2 && (lexicon.isPlaceWord(last.text()) || lexicon.isPlaceWord(first.text())
                && (b - a >= 3 || PLACE_FIRST.contains(first.text())))) {
            type = ActorType.LOCATION;
        } else if (n >= 2 && n <= 3 && COMPASS.contains(first.text()) && lexicon.givenName(tokens.get(a + 1).text()) == null
                && !lexicon.isCommonWord(last.text())) {
            type = ActorType.LOCATION; // "South Kivu", "West Side" ("East Asian" is an adjective)
        } else if (n == 1 && first.allCaps() && first.text().replace(".", "").length() <= 6) {
            type = ActorType.ORGANIZATION;
            strength = Mention.Strength.GUESS;
        } else if (lexicon.givenName(first.text()) != null && (n >= 2 || !lexicon.isCommonWord(first.text()))) {
            type = ActorType.PERSON;
            gender = lexicon.givenName(first.text());
            strength = n >= 2 ? Mention.Strength.RULE : Mention.Strength.GUESS;
        } else if (n >= 2 && n <= 4) {
            for (int k = a; k < b && !familyNameFirst(tokens, a, b); k++) {
                if (lexicon.isCommonWord(tokens.get(k).text()) && !particles.contains(tokens.get(k).text())) {
                    return null; // "Let There Be Neon", "Loved Me Like": titles of works, not people
                }
            }
            type = ActorType.PERSON;
            // "Rolfe McCartney", "Ciaran O’Keefe": a known family name, or one of Irish or Scottish form
            strength = looksLikeSurname(last.text()) ? Mention.Strength.RULE : Mention.Strength.GUESS;
        } else if (n == 1) {
            type = null;
            strength = Mention.Strength.UNKNOWN;
        } else {
            type = ActorType.ORGANIZATION;
            strength = Mention.Strength.GUESS;
        }
        if (n == 1 && (lexicon.isCommonWord(first.text()) || lexicon.isCommonWord(beforeApostrophe(first.text()))
                || first.text().replace(".", "").length() == 1)) {
            return null; // "Monday", "Selon" inside a sentence
        }
        Mention m = new Mention(a, b, first.start(), last.end(), whole, type, strength);
        m.gender = gender;
        return m;
    }

    /** A name the tagger found and the lexicons do not know: its type is the tagger's. */
    private Mention hinted(Tokens tokens, int a, int b, String whole, ActorType type) {
        Token first = tokens.get(a);
        if (b - a == 1 && (lexicon.isCommonWord(first.text()) || lexicon.isCommonWord(beforeApostrophe(first.text()))
                || first.text().replace(".", "").length() == 1)) {
            return null; // "Monday", "Selon", an initial alone
        }
        if (b - a >= 2 && lexicon.isCommonWord(tokens.get(b - 1).text()) && !tokens.get(b - 1).allCaps()) {
            return null; // "East Asian": a name does not end in a common word
        }
        boolean lone = b - a == 1;
        // a lone word's type is decided with the words around it (ActorResolver.typeOfLoneWord), the tagger's one vote
        Mention m = new Mention(a, b, first.start(), tokens.get(b - 1).end(), whole, lone ? null : type,
                lone ? Mention.Strength.UNKNOWN : Mention.Strength.RULE);
        m.tagged = type;
        Gender g = type == ActorType.PERSON ? lexicon.givenName(first.text()) : null;
        if (g != null) {
            m.gender = g;
        }
        return m;
    }

    /** A whole number just after the name ("S&P 500"), not a share or a percentage ("Zorvex 5%"). */
    private static boolean numberAfter(Tokens tokens, int b) {
        if (b >= tokens.size() || tokens.get(b).kind() != Token.Kind.NUMBER || tokens.get(b).start() == tokens.get(b - 1).end()) {
            return false;
        }
        String n = tokens.get(b).text();
        return n.indexOf('.') < 0 && n.indexOf(',') < 0 && !(b + 1 < tokens.size() && tokens.get(b + 1).is('%'));
    }

    /** A place followed by an unknown word, or an organisation followed by a place, names one organisation. */
    private boolean placeThenName(GazetteerEntry prefix, Tokens tokens, int k, int b) {
        GazetteerEntry rest = gazetteer.find(span(tokens, k, b));
        boolean place = prefix.type() == ActorType.LOCATION && prefix.kind() != GazetteerEntry.Kind.DEMONYM;
        if (place && rest == null && b - k == 1 && lexicon.givenName(tokens.get(k).text()) == null
                && !lexicon.isCommonWord(tokens.get(k).text()) && !tokens.get(k).allCaps()) {
            return true;
        }
        return prefix.kind() == GazetteerEntry.Kind.INSTITUTION && prefix.type() == ActorType.ORGANIZATION
                && rest != null && rest.type() == ActorType.LOCATION && rest.kind() != GazetteerEntry.Kind.DEMONYM;
    }

    /**
     * "Han Dong-hoon", "Lee Jae-myung": a family name, then a hyphenated given name in one word. The
     * family name may also be a common word of some language ("han", "so"); the shape says it is a name.
     */
    private boolean familyNameFirst(Tokens tokens, int a, int b) {
        if (b - a != 2 || !lexicon.isSurname(tokens.get(a).text())) {
            return false;
        }
        String given = tokens.get(a + 1).text();
        int dash = given.indexOf('-');
        // two short syllables: "Dong-hoon", "Jae-myung", "Jong-un"
        return dash >= 2 && dash <= 5 && dash == given.lastIndexOf('-') && given.length() - dash - 1 >= 2
                && given.length() - dash - 1 <= 5 && Character.isUpperCase(given.charAt(0))
                && Character.isLowerCase(given.charAt(dash + 1)) && Character.isLowerCase(given.charAt(1));
    }

    /** "Keefe" in the list, or an Irish or Scottish form: "O’Keefe", "McBee", "MacLeod". */
    private boolean looksLikeSurname(String w) {
        if (lexicon.isSurname(w)) {
            return true;
        }
        boolean irish = w.length() > 2 && (w.charAt(1) == '’' || w.charAt(1) == '\'') && w.charAt(0) == 'O';
        boolean scottish = w.length() > 3 && w.startsWith("Mc") && Character.isUpperCase(w.charAt(2))
                || w.length() > 4 && w.startsWith("Mac") && Character.isUpperCase(w.charAt(3));
        return irish || scottish;
    }

    private boolean anyGovernmentWord(Tokens tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            if (lexicon.isGovernmentWord(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean anyKeyword(Tokens tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            String w = tokens.get(k).text();
            if (lexicon.isOrgWord(w) || lexicon.isGovernmentWord(w) || lexicon.isOrgSuffix(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyOrgWord(Tokens tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            if (lexicon.isOrgWord(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The text of tokens [a, b) with single spaces, as the gazetteers write names. */
    static String span(Tokens tokens, int a, int b) {
        if (b - a == 1) {
            return tokens.get(a).text();
        }
        StringBuilder s = new StringBuilder();
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (k > a && t.start() > tokens.get(k - 1).end()) {
                s.append(' ');
            }
            s.append(t.text());
        }
        return s.toString();
    }
}
