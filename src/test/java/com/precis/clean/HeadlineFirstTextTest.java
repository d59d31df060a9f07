package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain-text articles that open with their headline: wire copy (headline in capitals with its topic,
 * a bare byline, a dateline line, results, standings, lists of names, an agency opener, revision
 * notes) and plain-text news (headlines in Title Case or sentence case, with or without a full stop).
 * Each text in {@code headline-first/} was made up for these tests; gold.tsv holds what a reader
 * expects of it, written by hand.
 */
class HeadlineFirstTextTest {

    private static final TextDumpCleaner CLEANER = new TextDumpCleaner(LanguageDetector.standard(),
            BoilerplateLexicon.standard());

    record Gold(String file, String title, List<String> keep, String publishedAt, String authors, String publisher) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Gold> golds() throws IOException {
        List<Gold> golds = new ArrayList<>();
        for (String line : resource("gold.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 6);
            golds.add(new Gold(f[0], f[1], List.of(f[2].split(" \\| ")), f[3], f[4], f[5]));
        }
        return golds.stream();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HeadlineFirstTextTest.class.getResourceAsStream("headline-first/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CleanedArticle clean(Gold gold) throws IOException {
        return CLEANER.clean(resource(gold.file()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void theFirstLineIsTheTitleAndNotPartOfTheBody(Gold gold) throws IOException {
        CleanedArticle cleaned = clean(gold);
        assertThat(cleaned.metadata().title()).isEqualTo(gold.title());
        assertThat(cleaned.blocks()).extracting(Block::text).noneMatch(text -> text.contains(gold.title()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void resultsListsAndShortSentencesOfTheStoryAreKept(Gold gold) throws IOException {
        assertThat(clean(gold).blocks()).extracting(Block::text).containsAll(gold.keep());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void bylineDateAndAgencyAreRead(Gold gold) throws IOException {
        ArticleMetadata meta = clean(gold).metadata();
        check(gold.publishedAt(), meta.publishedAt());
        check(gold.authors(), meta.authors().isEmpty() ? null : String.join(", ", meta.authors()));
        check(gold.publisher(), meta.publisher());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void revisionNotesAreNotBodyText(Gold gold) throws IOException {
        assertThat(clean(gold).blocks()).extracting(Block::text)
                .noneMatch(text -> text.startsWith("[CORRECTED") || text.startsWith("(Corrects") || text.startsWith("UPDATE"));
    }

    private static void check(String expected, String actual) {
        if (expected.equals("-")) {
            assertThat(actual).isNull();
        } else if (!expected.isEmpty()) {
            assertThat(actual).isEqualTo(expected);
        }
    }
}
