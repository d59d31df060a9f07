package com.precis.actors;

import com.precis.document.ActorType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * State bodies written in lower case but tied to a country: "China's foreign ministry", "the
 * foreign ministry of China", "the Chinese defence ministry", "the French government". A body is
 * an actor of its own, named "China's foreign ministry"; "government" is the country itself acting
 * as a state.
 */
final class InstitutionPhrases {

    private static final Set<String> BODIES = Set.of("ministry", "embassy", "consulate", "government", "military",
            "army", "navy", "parliament", "cabinet", "police", "bank", "office", "presidency", "regulator", "ministère",
            "gouvernement", "gobierno", "governo", "ministerio", "ministério");
    private static final Set<String> MODIFIERS = Set.of("foreign", "defence", "defense", "finance", "commerce", "trade",
            "interior", "health", "justice", "education", "economy", "industry", "agriculture", "environment",
            "information", "energy", "central", "federal", "national", "state", "home", "culture", "labour", "labor",
            "transport", "communications", "security", "affairs", "foreign-affairs");

    private final Gazetteer gazetteer;

    InstitutionPhrases(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final Set<String> NAMED_BODIES = Set.of("ministry", "ministère", "ministerio", "ministério",
            "department", "secretaría", "secretaria", "ministerstvo", "ministerium");
    private static final Set<String> PARTICLES = Set.of("of", "for", "de", "des", "du", "del", "da", "do", "dos", "de la",
            "pro", "für", "der");

    /** "ministère des Affaires étrangères", "the ministry of Foreign Affairs": a body named after its remit. */
    private void named(Tokens tokens, int i, List<Mention> out) {
        int n = tokens.size();
        int k = i + 1;
        if (k < n && PARTICLES.contains(tokens.get(k).text())) {
            k++;
            if (k < n && (tokens.get(k).text().equals("la") || tokens.get(k).text().equals("the"))) {
                k++;
            }
        } else {
            return;
        }
        int caps = k;
        while (caps < n && caps - k < MentionScanner.MAX_NAME_RUN && tokens.get(caps).capitalised()
                && gazetteer.find(tokens.get(caps).text()) == null) {
            caps++;
        }
        if (caps == k) {
            return;
        }
        int end = caps;
        // A Romance adjective after the remit: "Affaires étrangères", "Relaciones Exteriores".
        if (end < n && tokens.get(end).isWord() && !tokens.get(end).capitalised()
                && tokens.get(end).text().length() > 5 && (tokens.get(end).text().endsWith("ères")
                || tokens.get(end).text().endsWith("ores") || tokens.get(end).text().endsWith("eiros")
                || tokens.get(end).text().endsWith("ales") || tokens.get(end).text().endsWith("ieures"))) {
            end++;
        }
        Token first = tokens.get(i);
        Token last = tokens.get(end - 1);
        String name = tokens.text().substring(first.start(), last.end());
        Mention m = new Mention(i, end, first.start(), last.end(), name, ActorType.GOVERNMENT, Mention.Strength.KNOWN);
        m.entry = new GazetteerEntry(name, ActorType.GOVERNMENT, GazetteerEntry.Kind.INSTITUTION, null, name);
        m.actsAsState = true;
        out.add(m);
    }

    void scan(Tokens tokens, List<Mention> out) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && NAMED_BODIES.contains(t.text())) {
                named(tokens, i, out);
            }
            if (!t.isWord() || !BODIES.contains(t.text()) ) {
                continue;
            }
            String body = t.text();
            int modStart = i;
            while (modStart > 0 && modStart > i - 3 && tokens.get(modStart - 1).isWord()
                    && MODIFIERS.contains(tokens.get(modStart - 1).text().toLowerCase(Locale.ROOT))
                    && !tokens.get(modStart - 1).capitalised()) {
                modStart--;
            }
            if ((body.equals("bank") && (modStart == i || !tokens.get(i - 1).text().equals("central")))
                    || (body.equals("office") && modStart == i)) {
                continue;
            }
            GazetteerEntry country = null;
            int phraseStart = modStart;
            int phraseEnd = i + 1;
            if (modStart > 0) {
                Token before = tokens.get(modStart - 1);
                int k = modStart - 1;
                if (before.kind() == Token.Kind.POSSESSIVE && k > 0) {
                    k--;
                    before = tokens.get(k);
                }
                GazetteerEntry e = null;
                if (k > 0 && before.capitalised() && tokens.get(k - 1).capitalised()) {
                    e = gazetteer.find(MentionScanner.span(tokens, k - 1, k + 1)); // "South Korean police"
                    if (e != null) {
                        k--;
                    }
                }
                if (e == null && before.capitalised()) {
                    e = gazetteer.find(before.text());
                }
                if (e != null && e.country() != null && e.kind() != GazetteerEntry.Kind.CAPITAL) {
                    country = e;
                    phraseStart = k;
                }
            }
            if (country == null && i + 2 < n && tokens.get(i + 1).text().equals("of")) {
                GazetteerEntry e = gazetteer.find(tokens.get(i + 2).text());
                if (e != null && e.isCountry()) {
                    country = e;
                    phraseEnd = i + 3;
                }
            }
            if (country == null) {
                continue;
            }
            String modifiers = modStart < i ? MentionScanner.span(tokens, modStart, i).toLowerCase(Locale.ROOT) + " " : "";
            GazetteerEntry state = gazetteer.country(country.country());
            if (state == null) {
                continue;
            }
            boolean wholeState = (body.equals("government") || body.equals("gouvernement") || body.equals("gobierno")
                    || body.equals("governo")) && modifiers.isEmpty();
            String name = wholeState ? state.canonical() : state.shortName() + "'s " + modifiers + body;
            Token first = tokens.get(phraseStart);
            Token last = tokens.get(phraseEnd - 1);
            String written = tokens.text().substring(first.start(), last.end());
            Mention m = new Mention(phraseStart, phraseEnd, first.start(), last.end(),
                    wholeState ? state.canonical() : written, ActorType.GOVERNMENT, Mention.Strength.KNOWN);
            m.entry = wholeState ? state : new GazetteerEntry(name, ActorType.GOVERNMENT,
                    GazetteerEntry.Kind.INSTITUTION, null, name);
            m.actsAsState = true;
            out.add(m);
        }
    }
}
