package com.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fixed set of lower-case fragments, any of which found anywhere in a class or id string, case
 * aside, makes a match. It replaces a case-insensitive regular-expression alternation, which tries
 * every fragment at every position of every element's hints: fragments are indexed by their first
 * character, so each position tries only the few that can start there. A fragment written with a
 * leading or trailing space matches only at a word edge, the string's ends counting as spaces.
 */
final class HintWords {

    private static final int ASCII = 128;

    @SuppressWarnings("unchecked")
    private final List<String>[] byFirstChar = new List[ASCII];

    HintWords(String... fragments) {
        for (String fragment : fragments) {
            String f = fragment.toLowerCase(Locale.ROOT);
            char first = f.charAt(0);
            if (first >= ASCII || f.isBlank()) {
                throw new IllegalArgumentException("hint fragments are ASCII and not blank: '" + fragment + "'");
            }
            if (byFirstChar[first] == null) {
                byFirstChar[first] = new ArrayList<>(2);
            }
            byFirstChar[first].add(f);
        }
    }

    /** In an element's class or its id (no fragment spans the two). */
    boolean foundIn(String classes, String id) {
        return foundIn(classes) || foundIn(id);
    }

    boolean foundIn(String hints) {
        if (hints.isEmpty()) {
            return false;
        }
        // Position -1 and n are the virtual spaces at the ends; no copy of the hints is made.
        for (int i = -1, n = hints.length(); i <= n; i++) {
            char c = charAt(hints, i);
            if (c >= ASCII || byFirstChar[c] == null) {
                continue;
            }
            for (String f : byFirstChar[c]) {
                if (matchesAt(hints, i, f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String hints, int at, String fragment) {
        if (at + fragment.length() > hints.length() + 1) {
            return false;
        }
        for (int k = 0; k < fragment.length(); k++) {
            if (charAt(hints, at + k) != fragment.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The hints lower-cased (ASCII), with a space before the first and after the last character. */
    private static char charAt(String hints, int i) {
        if (i < 0 || i >= hints.length()) {
            return ' ';
        }
        char c = hints.charAt(i);
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
