package com.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The names in a byline: "By Jane Doe and John Roe, Reuters" gives Jane Doe and John Roe. */
final class BylineNames {

    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^\\s*(?:written\\s+by|posted\\s+by|reported\\s+by|by|par|por|von|di|door|av|de|autor|autora|auteur)\\s*:?\\s+");
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*(?:,|&|\\band\\b|\\bet\\b|\\by\\b|\\be\\b|\\bund\\b|\\bavec\\b|\\bwith\\b|\\bcon\\b|\\bcom\\b|\\bmit\\b|\\||·|•|\\s[-–—]\\s|\\(|\\))\\s*");

    /** Words of a job title, which follows the names in many bylines. */
    private static final java.util.Set<String> ROLES = java.util.Set.of("editor", "reporter", "correspondent",
            "writer", "columnist", "contributor", "staff", "senior", "chief", "technologist", "analyst", "director",
            "producer", "photographer", "photography", "reporting", "journalist", "rédacteur", "rédactrice",
            "journaliste", "envoyé", "envoyée", "correspondant", "correspondante", "redakteur", "redakteurin",
            "korrespondent", "korrespondentin", "redactor", "redactora", "corresponsal", "periodista", "repórter",
            "jornalista", "editora", "editor-in-chief", "associate", "deputy", "managing", "news");

    private BylineNames() {
    }

    static List<String> parse(String byline) {
        List<String> names = new ArrayList<>();
        if (byline == null) {
            return names;
        }
        String s = LEAD.matcher(byline.strip()).replaceFirst("");
        for (String part : SPLIT.split(s)) {
            String name = part.strip();
            if (!names.isEmpty() && isRole(name)) {
                break; // "Jane Roe, Senior Staff Technologist, ACLU": the rest is her title and employer
            }
            if (looksLikeName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Two to four capitalised words, or one, and nothing that is a date or a role. */
    private static boolean looksLikeName(String s) {
        if (s.isEmpty() || s.length() > 60) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !isParticle(w)) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isRole(String part) {
        for (String w : part.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (ROLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParticle(String w) {
        return w.equals("de") || w.equals("van") || w.equals("von") || w.equals("da") || w.equals("del")
                || w.equals("der") || w.equals("la") || w.equals("le") || w.equals("di") || w.equals("dos");
    }
}
