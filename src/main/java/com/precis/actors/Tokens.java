package com.precis.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The tokens of a text in one left-to-right pass, with lookup by character offset. */
public final class Tokens {

    // Words whose trailing dot belongs to them, so "Sen. Warren" and "Mr. Obama" stay one name.
    private static final Set<String> DOTTED = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen",
            "col", "capt", "lt", "sgt", "prof", "rev", "jr", "sr", "inc", "corp", "co", "ltd", "mt", "ft", "no",
            "vs", "messrs", "mme", "sra", "calif", "fla", "mass", "mich", "minn", "tenn", "ill", "pa", "va",
            "adm", "cmdr", "supt", "det", "insp", "hon");

    private final String text;
    private final List<Token> tokens;
    private final int[] starts;

    private Tokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
        }
    }

    public static Tokens of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00AD' || c == '\u200B') {
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                i = word(text, i, out);
                continue;
            }
            if (Character.isDigit(c)) {
                int e = i + 1;
                while (e < n && (Character.isLetterOrDigit(text.charAt(e))
                        || (text.charAt(e) == ',' || text.charAt(e) == '.') && e + 1 < n && Character.isDigit(text.charAt(e + 1)))) {
                    e++;
                }
                boolean letters = false;
                for (int k = i; k < e; k++) {
                    letters |= Character.isLetter(text.charAt(k));
                }
                out.add(new Token(out.size(), text.substring(i, e), i, e, letters ? Token.Kind.WORD : Token.Kind.NUMBER));
                i = e;
                continue;
            }
            if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2))) && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                out.add(new Token(out.size(), text.substring(i, i + 2), i, i + 2, Token.Kind.POSSESSIVE));
                i += 2;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            out.add(new Token(out.size(), text.substring(i, i + len), i, i + len, Token.Kind.PUNCT));
            i += len;
        }
        return new Tokens(text, out);
    }

    private static int word(String text, int i, List<Token> out) {
        int n = text.length();
        int s = i;
        int e = i;
        while (e < n) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\u00AD' && e + 1 < n && Character.isLetter(text.charAt(e + 1))) {
                e++;
                continue;
            }
            boolean letterNext = e + 1 < n && Character.isLetter(text.charAt(e + 1));
            if ((c == '-' || c == '‑') && letterNext) {
                e++;
                continue;
            }
            if (isApostrophe(c) && letterNext) {
                // "Nvidia’s" ends here (possessive); "don’t", "O'Brien" and "d’Ivoire" go on.
                char after = text.charAt(e + 1);
                boolean possessive = (after == 's' || after == 'S') && (e + 2 >= n || !Character.isLetter(text.charAt(e + 2)));
                if (possessive) {
                    break;
                }
                if (e - s == 1 && "lLdDjJnNsScCmMtT".indexOf(text.charAt(s)) >= 0 && (Character.isLowerCase(text.charAt(s))
                        || Character.isLowerCase(text.charAt(e + 1)) || "AEIOUÉÈÀ".indexOf(text.charAt(e + 1)) >= 0)
                        || e - s == 2 && text.regionMatches(true, s, "qu", 0, 2)) {
                    // French elision: "l’Élysée" is "l’" + "Élysée".
                    out.add(new Token(out.size(), text.substring(s, e + 1), s, e + 1, Token.Kind.WORD));
                    s = e + 1;
                    e = s;
                    continue;
                }
                e++;
                continue;
            }
            if (c == '.' && e + 2 <= n && e - s == 1 && Character.isLetter(text.charAt(s)) && letterNext
                    && (e + 2 == n || text.charAt(e + 2) == '.')) {
                e++; // "U.S.", "U.N.": letter-dot pairs
                continue;
            }
            if (c == '.' && e > s && text.charAt(e - 1) != '.' && dottedLetters(text, s, e)) {
                e++;
                continue;
            }
            break;
        }
        if (e < n && text.charAt(e) == '.' && DOTTED.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
            e++;
        } else if (e - s == 1 && e + 2 < n && text.charAt(e) == '.' && Character.isUpperCase(text.charAt(s))
                && text.charAt(e + 1) == ' ' && Character.isUpperCase(text.charAt(e + 2))) {
            e++; // an initial: "Mortimer B. Zuckerman"
        }
        String word = text.substring(s, e);
        if (word.indexOf('\u00AD') >= 0) {
            word = word.replace("\u00AD", ""); // a soft hyphen is no part of the word: "Netan\u00ADyahu"
        }
        out.add(new Token(out.size(), word, s, e, Token.Kind.WORD));
        return e;
    }

    // "U.S" followed by "." completes an initialism.
    private static boolean dottedLetters(String text, int s, int e) {
        return e - s >= 3 && text.charAt(e - 2) == '.' && Character.isLetter(text.charAt(e - 1));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    public String text() {
        return text;
    }

    public List<Token> all() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index one past the last token ending at or before {@code offset}. */
    public int indexBefore(int offset) {
        int i = indexAtOrAfter(offset);
        while (i > 0 && tokens.get(i - 1).end() > offset) {
            i--;
        }
        return i;
    }
}
