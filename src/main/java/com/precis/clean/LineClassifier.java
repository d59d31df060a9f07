package com.precis.clean;

import com.precis.clean.BoilerplateLexicon.Kind;
import com.precis.clean.TextLine.LineClass;
import com.precis.text.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classes each line of a text dump by what it looks like on its own and how often it occurs:
 * prose of the article's language, a short line, boilerplate, or the start of a tail of other
 * articles. Only general signals: length, share of the language's function words, sentence
 * punctuation, tickers and prices, share/ad/credit/legal words of many languages, repetition.
 */
final class LineClassifier {

    static final int PROSE_MIN_WORDS = 8;
    /** Headings and titles are rarely longer; they are written without function words ("CAC asks firms to drop chips"). */
    static final int MAX_HEADING_WORDS = 20;
    private static final double MIN_FUNCTION_WORD_SHARE = 0.12;
    private static final double FOREIGN_FUNCTION_WORD_SHARE = 0.2;
    private static final int INLINE_LABEL_NEXT_WORDS = 25;

    private static final Pattern TICKER = Pattern.compile(
            "[A-Z0-9]{1,12}\\s?[$€£¥]\\s?\\d[\\d.,]*\\s?[+\\-−]\\s?\\d[\\d.,]*\\s?%");
    private static final Pattern PRICE_ONLY = Pattern.compile("^[\\s$€£¥+\\-−%\\d.,:/()]+$");
    private static final Pattern TIMESTAMP_TAIL = Pattern.compile(
            ".*\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}\\s+\\d{1,2}:\\d{2}$");
    private static final Pattern GALLERY_COUNTER = Pattern.compile("(?i)^\\d{1,3}\\s*(?:/|of|von|de|sur|z)\\s*\\d{1,3}\\b");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\S\\.(?:jpe?g|png|gif|webp|svg|avif|mp4|pdf)\\b");
    private static final Pattern CLOCK_FIRST = Pattern.compile("^\\d{1,2}[:h]\\d{2}\\b");
    private static final Set<Character> SEPARATORS = Set.of('|', '·', '•', '»', '›', '/');
    private static final int UNSPACED_PROSE_WORDS = 12;
    private static final String UNSPACED_PUNCTUATION = "，。、！？；：「」";

    private final LanguageDetector languages;
    private final BoilerplateLexicon lexicon;

    LineClassifier(LanguageDetector languages, BoilerplateLexicon lexicon) {
        this.languages = languages;
        this.lexicon = lexicon;
    }

    List<TextLine> classify(List<String> lines, Set<Integer> metadataLines, String language) {
        Map<String, Integer> seen = new HashMap<>();
        for (String line : lines) {
            seen.merge(line, 1, Integer::sum);
        }
        List<TextLine> classed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int words = WordCount.of(text);
            LineClass kind;
            boolean comments = false;
            boolean row = false;
            if (metadataLines.contains(i)) {
                kind = LineClass.META;
            } else if (isCommentsHeading(text, words)) {
                kind = LineClass.BARRIER;
                comments = true;
            } else if (words <= 8 && lexicon.startsWith(Kind.TAIL, text) && !TextDumpCleaner.endsLikeSentence(text)
                    || words <= 12 && GALLERY_COUNTER.matcher(text).find()) {
                kind = LineClass.BARRIER; // "1/50 Star Wars boosts economy": a slide show's captions follow
            } else if (noiseByWords(text, words, language)) {
                kind = LineClass.NOISE;
            } else if (noiseByShape(text, words, seen.get(text) > 1)) {
                kind = LineClass.NOISE;
                row = true;
            } else if (words >= PROSE_MIN_WORDS && isProse(text, language)
                    && !(words <= MAX_HEADING_WORDS && !TextDumpCleaner.endsLikeSentence(text)
                    && isTitleCase(text))) {
                kind = LineClass.PROSE;
            } else if (words >= PROSE_MIN_WORDS && (words > MAX_HEADING_WORDS || TextDumpCleaner.endsLikeSentence(text))) {
                kind = LineClass.NOISE; // long but not prose of the article's language: a list, a menu
                row = true;
            } else if (words >= 3 && TextDumpCleaner.endsLikeSentence(text) && !text.endsWith(":")
                    && hasFunctionWord(text, language)) {
                kind = LineClass.SENTENCE;
            } else {
                kind = LineClass.SHORT;
            }
            classed.add(new TextLine(i, text, words, kind, comments, row));
        }
        // "Read more" right before a long paragraph labels a link inside the article, not a tail.
        for (int i = 0; i + 1 < classed.size(); i++) {
            TextLine line = classed.get(i);
            TextLine next = classed.get(i + 1);
            if (line.kind() == LineClass.BARRIER && !line.comments() && next.kind() == LineClass.PROSE && next.words() >= INLINE_LABEL_NEXT_WORDS) {
                classed.set(i, new TextLine(line.index(), line.text(), line.words(), LineClass.NOISE, false));
            }
        }
        return classed;
    }

    /** "There are 13 comments", "2 Comments on “…”", "Leave a Reply": the start of the comments. */
    boolean isCommentsHeading(String text, int words) {
        return words <= 10 && !TextDumpCleaner.endsLikeSentence(text) && lexicon.mentions(Kind.COMMENTS, text)
                && (words <= 4 || lexicon.startsWith(Kind.COMMENTS, text) || startsWithCount(text)
                || text.toLowerCase(java.util.Locale.ROOT).startsWith("there are"));
    }

    private static boolean startsWithCount(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    boolean isProse(String text, String language) {
        if (language == null) {
            return true;
        }
        if (languages.hasFunctionWords(language)) {
            return languages.functionWordShare(text, language) >= MIN_FUNCTION_WORD_SHARE;
        }
        // Chinese, Japanese, Thai: prose has sentence punctuation; menus and titles rarely do.
        for (int i = 0; i < text.length(); i++) {
            if (UNSPACED_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        // Some write clauses apart with spaces instead of commas: a long line is prose all the same.
        return !WordCount.isUnspaced(firstLetter(text)) || WordCount.of(text) >= UNSPACED_PROSE_WORDS;
    }

    private boolean hasFunctionWord(String text, String language) {
        return language == null || !languages.hasFunctionWords(language)
                || languages.functionWordShare(text, language) > 0;
    }

    /** Boilerplate by what the line says alone, leaving repetition aside. */
    boolean isBoilerplate(String text, String language) {
        return isNoise(text, WordCount.of(text), false, language);
    }

    private boolean isNoise(String text, int words, boolean repeated, String language) {
        return noiseByShape(text, words, repeated) || noiseByWords(text, words, language);
    }

    /** Noise by shape alone: a score or a price, a stamp, a line repeated. A table or a list of results has such rows too. */
    private static boolean noiseByShape(String text, int words, boolean repeated) {
        if (PRICE_ONLY.matcher(text).matches()) {
            return true;
        }
        if (words <= 6 && TIMESTAMP_TAIL.matcher(text).matches()) {
            return true; // "PANews2025/06/24 10:01": a teaser's source and time
        }
        if (words <= 20 && CLOCK_FIRST.matcher(text).find()) {
            return true; // "14:44 Minister resigns": an item of a live feed or a list of latest news
        }
        if (words <= 12 && DateParser.parse(text) != null) {
            return true; // "Jane Doe · March 10, 2017 at 12:20 AM": a comment's or a teaser's stamp
        }
        // teaser titles repeated in cards and lists (a sentence repeated is a caption of the text)
        return repeated && words >= 3 && !TextDumpCleaner.endsLikeSentence(text);
    }

    /** Noise by what the line says: tickers, links, share, ads, legal, promotion, credits, menus, another language. */
    private boolean noiseByWords(String text, int words, String language) {
        if (TICKER.matcher(text).find() || TextMetadataReader.isUrlOnly(text) || lexicon.isShareBar(text)) {
            return true;
        }
        if (words <= 4 && lexicon.isExactly(Kind.AD_LABEL, text)) {
            return true; // "Advertisement"
        }
        if (words <= 12 && lexicon.mentions(Kind.SHARE_PHRASE, text)) {
            return true; // "Click to share on Twitter (Opens in new window)"
        }
        if (lexicon.startsWith(Kind.DISCLAIMER, text) || words <= 25 && lexicon.mentions(Kind.DISCLAIMER, text)) {
            return true;
        }
        if (words < 40 && lexicon.mentions(Kind.PROMO, text)) {
            return true;
        }
        if (words <= 25 && lexicon.isCredit(text)) {
            return true;
        }
        if (words <= 25 && lexicon.isLabelledLink(text)) {
            return true; // "Related: Rich are paying more in taxes": a link to another article
        }
        if (words <= 8 && FILE_NAME.matcher(text).find()) {
            return true; // "WEB18-Facebook-1160x768.jpg": an image's file name shown for its picture
        }
        if (isSeparatedList(text, words)) {
            return true;
        }
        if (words >= PROSE_MIN_WORDS && language != null && languages.hasFunctionWords(language)) {
            // A disclaimer or a menu in another language: clearly that language, hardly the article's.
            String own = languages.detect(text);
            return own != null && !own.equals(language)
                    && languages.functionWordShare(text, own) >= FOREIGN_FUNCTION_WORD_SHARE
                    && languages.functionWordShare(text, language) < MIN_FUNCTION_WORD_SHARE;
        }
        return false;
    }

    /** Most words of four letters or more start with a capital: "Survey Ranks WordPress as the Most Dreaded". */
    static boolean isTitleCase(String text) {
        int longWords = 0;
        int capitalised = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= 4) {
                    longWords++;
                    if (Character.isUpperCase(text.charAt(start))) {
                        capitalised++;
                    }
                }
                start = -1;
            }
        }
        return longWords >= 2 && capitalised * 10 >= longWords * 7;
    }

    /** "Home | News | Sport | Weather": items run together with separators. */
    private static boolean isSeparatedList(String text, int words) {
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATORS.contains(text.charAt(i))) {
                separators++;
            }
        }
        return separators >= 3 && words <= separators * 4;
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
