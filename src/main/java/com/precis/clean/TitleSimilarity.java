package com.precis.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How much of a heading's words are the title's: 1 when the heading says nothing the title does not. */
final class TitleSimilarity {

    private TitleSimilarity() {
    }

    static double of(String title, String heading) {
        if (title == null || heading == null) {
            return 0;
        }
        List<String> a = words(title);
        List<String> b = words(heading);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inTitle = new HashSet<>(a);
        int total = 0;
        int extra = 0;
        for (String w : b) {
            total += w.length() + 1;
            if (!inTitle.contains(w)) {
                extra += w.length() + 1;
            }
        }
        return 1 - (double) extra / total;
    }

    private static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
