package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.text.LanguageDetector;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The text-dump cleaner's time per byte must not grow with the input on the shapes its structure
 * rules walk: wire copy with thousands of result rows, lists announced by colons, list marks,
 * teasers and comment furniture, a plain-text story parted by tables. Sizes 50 KB to 2 MB in one
 * run, compared as ratios of nanoseconds per byte (so a busy machine does not matter); the bound
 * leaves room for noise and cache effects, not for super-linear work.
 */
class TextDumpLinearTimeTest {

    private static final int[] SIZES = {50_000, 500_000, 2_000_000};
    private static final double MAX_GROWTH = 4.0;
    private static final TextDumpCleaner CLEANER = new TextDumpCleaner(LanguageDetector.standard(),
            BoilerplateLexicon.standard());

    private static String repeat(String head, int bytes, IntFunction<String> unit) {
        StringBuilder s = new StringBuilder(head);
        for (int i = 0; s.length() < bytes; i++) {
            s.append(unit.apply(i));
        }
        return s.toString();
    }

    private static double nanosPerByte(String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            CLEANER.clean(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return (double) best / text.length();
    }

    private static void assertLinear(IntFunction<String> shape) {
        for (int warm = 0; warm < 3; warm++) {
            CLEANER.clean(shape.apply(SIZES[0]));
        }
        double base = nanosPerByte(shape.apply(SIZES[0]));
        for (int i = 1; i < SIZES.length; i++) {
            assertThat(nanosPerByte(shape.apply(SIZES[i])) / base).as("ns/byte at %,d B vs 50 KB", SIZES[i])
                    .isLessThanOrEqualTo(MAX_GROWTH);
        }
    }

    @Test
    void wireCopyWithThousandsOfResultRows() {
        assertLinear(size -> repeat("TENNIS - RESULTS FROM THE HARBOUR CITY OPEN .\nHARBOUR CITY 2025-03-14\n", size,
                i -> i + " - Maria Lopez ( Spain ) beat Anna Berg ( Sweden ) 6-3 6-" + (i % 7) + "\n"));
    }

    @Test
    void listsAnnouncedByColonsAndListMarks() {
        assertLinear(size -> repeat("Council names the winners\n", size, i -> switch (i % 6) {
            case 0 -> "The council named the winners of the harbour prizes on Friday, and these are they:\n";
            case 1 -> "The winners:\n";
            case 2 -> "1. Amara Nwosu\n";
            case 3 -> "2. Henrik Dahl\n";
            case 4 -> "+ Sofia Marchetti\n";
            default -> "Prize list:\n";
        }));
    }

    @Test
    void teasersAndCommentFurnitureAfterAShortArticle() {
        assertLinear(size -> repeat("Ferry service resumes after storm\nThe ferry service between Greytown and the "
                + "islands resumed on Monday, four days after a storm damaged the pier.\n", size, i -> switch (i % 5) {
            case 0 -> "Council approves new budget for the harbour district " + i + "\n";
            case 1 -> "The council approved a budget of twelve million for the harbour district on Tuesday, with most of it "
                    + "going to roads.\n";
            case 2 -> "Reply\n";
            case 3 -> i % 2 == 0 ? "5 hours ago\n" : "Tom Hill says:\n";
            default -> "Storm warning issued for the coast this weekend, forecasters said on Friday.\n";
        }));
    }

    @Test
    void aPlainTextStoryPartedByTables() {
        assertLinear(size -> repeat("Harbour Budget Passes After Long Debate.\nThe Greytown council approved a budget of "
                + "twelve million for the harbour district on Monday after a debate that lasted into the night.\n", size,
                i -> i % 6 == 0 ? "Councillors who spoke in the debate said the roads and the old harbour bridge came first, "
                        + "and the fishing fleet " + i + " would have to wait.\n" : "Ward " + i + " 12 4 " + (i % 9) + "\n"));
    }
}
