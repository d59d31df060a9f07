package com.precis.index;

import com.precis.actors.NameLexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The key a name is looked up by in the index. Writers and readers key names the same way, so
 * "Howard Lutnick", "HOWARD LUTNICK", "Mr Howard Lutnick" and "Commerce Secretary Howard Lutnick"
 * meet, and so do "Zoë Ångström" and "zoe angstrom": a leading honorific or job title is dropped
 * (when at least two words remain, so "General Motors" stays whole), accents and case are folded,
 * apostrophes and abbreviation dots vanish ("O’Brien" = "OBrien", "U.S." = "US"), any other
 * punctuation or symbol is a space. An empty key means the name has nothing to look up (only
 * spaces, emoji, punctuation). Keys are capped at {@link #MAX_CHARS}, well inside DynamoDB's key
 * limits.
 */
public final class NameKey {

    public static final int MAX_CHARS = 200;

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Loaded on first use: the role and honorific words the actors stage reads titles with. */
    private static final class Lexicon {
        static final NameLexicon WORDS = NameLexicon.standard();
    }

    private NameKey() {
    }

    /** The key of one name, or "" when nothing searchable is left. */
    public static String of(String name) {
        return name == null ? "" : fold(String.join(" ", withoutTitle(words(name))));
    }

    /**
     * The keys an actor is found under, distinct and in this order: its canonical name, the
     * aliases the article merged into it, and for a person of two or more words the family name
     * (so "Lutnick" finds "Howard Lutnick" even where the article never wrote the surname alone).
     */
    public static List<Form> forms(String name, List<String> aliases, boolean person) {
        List<Form> forms = new ArrayList<>();
        add(forms, name);
        for (String alias : aliases) {
            add(forms, alias);
        }
        if (person && name != null) {
            List<String> words = withoutTitle(words(name));
            int last = words.size() - 1;
            if (last > 0 && SUFFIXES.contains(fold(words.get(last)))) {
                last--;
            }
            if (last > 0 && fold(words.get(last)).length() >= 2) {
                add(forms, words.get(last));
            }
        }
        return forms;
    }

    /** One way of writing a name and its key. */
    public record Form(String key, String text) {
    }

    private static void add(List<Form> forms, String text) {
        String key = of(text);
        if (!key.isEmpty() && forms.stream().noneMatch(f -> f.key().equals(key))) {
            forms.add(new Form(key, text.strip()));
        }
    }

    private static List<String> words(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        return text.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(text.split("\\s+")));
    }

    /** Drops leading honorifics, a leading "the" and a leading job title, keeping what names the actor. */
    private static List<String> withoutTitle(List<String> words) {
        NameLexicon lexicon = Lexicon.WORDS;
        while (words.size() >= 2 && lexicon.isHonorific(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (words.size() >= 3 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        int i = 0;
        if (words.size() > 1 && isAcronym(words.get(0)) && isRoleWord(lexicon, words.get(1))) {
            i = 1; // "US Commerce Secretary …"
        }
        int titleEnd = 0;
        while (i < words.size() && isRoleWord(lexicon, words.get(i))) {
            if (lexicon.isRoleHead(words.get(i))) {
                titleEnd = i + 1;
            }
            i++;
        }
        if (titleEnd > 0 && words.size() - titleEnd >= 2) {
            return new ArrayList<>(words.subList(titleEnd, words.size()));
        }
        return words;
    }

    private static boolean isRoleWord(NameLexicon lexicon, String word) {
        return lexicon.isRoleHead(word) || lexicon.isRoleModifier(word);
    }

    private static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 4 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** Accents and case folded, apostrophes and abbreviation dots removed, other separators one space. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        int wordLength = 0;
        int chars = 0;
        for (int i = 0; i < decomposed.length() && chars < MAX_CHARS; ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (isApostrophe(cp)) {
                continue;
            }
            if (cp == '.' && i < decomposed.length() && Character.isLetter(decomposed.codePointAt(i)) && wordLength > 1) {
                cp = ' '; // "St.Petersburg": a dot between words separates them; "U.S." is one word
            } else if (cp == '.') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                String folded = foldLetter(cp);
                out.append(folded);
                chars += folded.length();
                wordLength++;
            } else if (wordLength > 0) {
                out.append(' ');
                chars++;
                wordLength = 0;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4';
    }

    /** Lower case, with the letters that have no decomposition spelt as their base letters. */
    private static String foldLetter(int cp) {
        return switch (cp) {
            case 'ß', 'ẞ' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            default -> new String(Character.toChars(Character.toLowerCase(cp)));
        };
    }
}
