package com.precis.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Where a sentence's main clause starts: after an introductory phrase ("About 7 days after the
 * remarks, the agency issued…", "However, Nvidia has…"), else at the sentence's start. A named
 * actor standing there is, in news prose, nearly always the one who acted: the who-did-what
 * sentences a summary wants.
 */
final class MainClauseSubject {

    private static final Set<String> INTRODUCTORY = Set.of("about", "after", "before", "following", "despite",
            "in", "on", "at", "as", "when", "while", "since", "during", "although", "though", "however",
            "meanwhile", "still", "also", "yet", "but", "and", "so", "then", "earlier", "later", "last", "this",
            "by", "with", "without", "under", "amid", "according", "for", "from", "instead", "if", "once",
            "until", "unlike", "like", "nonetheless", "nevertheless", "moreover", "separately", "today",
            "yesterday", "now", "previously", "initially", "finally", "overall", "here", "there");
    /** The introductory phrase must end in the first part of the sentence to count as one. */
    private static final double MAX_INTRO_SHARE = 0.6;

    private MainClauseSubject() {
    }

    /** The offset in the sentence where the main clause's subject starts (after any "the"). */
    static int start(String sentence) {
        int at = 0;
        String first = firstWord(sentence, 0).toLowerCase(Locale.ROOT);
        if (INTRODUCTORY.contains(first)) {
            int comma = sentence.indexOf(',');
            if (comma > 0 && comma < sentence.length() * MAX_INTRO_SHARE) {
                at = comma + 1;
            }
        }
        while (at < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(at))) {
            at++;
        }
        String word = firstWord(sentence, at);
        if (word.equalsIgnoreCase("the")) {
            at += word.length();
            while (at < sentence.length() && Character.isWhitespace(sentence.charAt(at))) {
                at++;
            }
        }
        return at;
    }


    private static String firstWord(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end);
    }
}
