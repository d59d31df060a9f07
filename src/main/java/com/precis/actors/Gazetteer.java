package com.precis.actors;

import com.precis.document.ActorType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Countries (with their capitals, other names and demonyms), other places, and well-known
 * institutions and people, from the shipped resources. Lookups are by the exact written form, or
 * case-insensitively for text in capitals.
 */
public final class Gazetteer {

    private final Map<String, GazetteerEntry> exact;
    private final Map<String, GazetteerEntry> folded;
    private final Map<String, GazetteerEntry> countries;
    private final int longestName;

    Gazetteer(Map<String, GazetteerEntry> exact, Map<String, GazetteerEntry> countries) {
        this.exact = Map.copyOf(exact);
        this.countries = Map.copyOf(countries);
        Map<String, GazetteerEntry> f = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, GazetteerEntry> e : exact.entrySet()) {
            f.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
            longest = Math.max(longest, e.getKey().split(" ").length);
        }
        this.folded = Map.copyOf(f);
        this.longestName = longest;
    }

    public static Gazetteer standard() {
        Map<String, GazetteerEntry> exact = new HashMap<>();
        Map<String, GazetteerEntry> countries = new HashMap<>();
        for (String line : ResourceLines.read(Gazetteer.class, "countries.txt")) {
            String[] f = line.split(";", -1);
            String name = f[0];
            String shortName = f.length > 1 && !f[1].isEmpty() ? f[1] : name;
            GazetteerEntry country = new GazetteerEntry(name, ActorType.LOCATION, GazetteerEntry.Kind.COUNTRY, name, shortName);
            countries.put(name, country);
            exact.put(name, country);
            if (!shortName.equals(name)) {
                exact.put(shortName, country);
            }
            if (f.length > 2) {
                for (String alias : list(f[2])) {
                    exact.putIfAbsent(alias, country);
                }
            }
            if (f.length > 3) {
                for (String demonym : list(f[3])) {
                    exact.putIfAbsent(demonym, new GazetteerEntry(name, ActorType.LOCATION, GazetteerEntry.Kind.DEMONYM, name, shortName));
                }
            }
            if (f.length > 4) {
                for (String capital : list(f[4])) {
                    exact.putIfAbsent(capital, new GazetteerEntry(capital, ActorType.LOCATION, GazetteerEntry.Kind.CAPITAL, name, shortName));
                }
            }
        }
        for (String line : ResourceLines.read(Gazetteer.class, "places.txt")) {
            String[] f = line.split(";", -1);
            GazetteerEntry place = new GazetteerEntry(f[0], ActorType.LOCATION, GazetteerEntry.Kind.PLACE, null, f[0]);
            exact.putIfAbsent(f[0], place);
            if (f.length > 1) {
                for (String alias : list(f[1])) {
                    exact.putIfAbsent(alias, place);
                }
            }
        }
        for (String line : ResourceLines.read(Gazetteer.class, "institutions.txt")) {
            String[] f = line.split(";", -1);
            if (f.length < 2) {
                continue;
            }
            ActorType type = switch (f[0]) {
                case "GOV" -> ActorType.GOVERNMENT;
                case "PERSON" -> ActorType.PERSON;
                default -> ActorType.ORGANIZATION;
            };
            GazetteerEntry.Kind kind = type == ActorType.PERSON ? GazetteerEntry.Kind.PERSON : GazetteerEntry.Kind.INSTITUTION;
            GazetteerEntry entry = new GazetteerEntry(f[1], type, kind, null, f[1]);
            exact.put(f[1], entry);
            if (f.length > 2) {
                for (String alias : list(f[2])) {
                    exact.putIfAbsent(alias, entry);
                }
            }
        }
        return new Gazetteer(exact, countries);
    }

    private static String[] list(String field) {
        return field.isEmpty() ? new String[0] : field.split(",");
    }

    /** Every name the gazetteers know, as written, with its entry: the tagger's gazetteer features. */
    public Map<String, GazetteerEntry> names() {
        return exact;
    }

    /** The entry for a name as written, or null. */
    public GazetteerEntry find(String name) {
        return exact.get(name);
    }

    /** The entry for a name written in capitals ("CHINA"), or null. */
    public GazetteerEntry findFolded(String name) {
        return folded.get(name.toLowerCase(Locale.ROOT));
    }

    public GazetteerEntry country(String canonical) {
        return countries.get(canonical);
    }

    /** How many words the longest known name has: lookups need not try longer spans. */
    public int longestName() {
        return longestName;
    }
}
