package com.precis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Time per input byte must not grow with the input: a quadratic step would make a 10 MB page cost
 * a thousand times what a 100 KB one does per byte, not the same. Sizes from 10 KB to 10 MB, in
 * one run, compared as ratios of nanoseconds per byte (so a slow or busy machine does not matter);
 * the bound (4x) leaves room for noise and cache effects, not for super-linear work.
 */
class LinearTimeTest {

    private static final int[] SIZES = {10_000, 100_000, 1_000_000, 10_000_000};
    private static final double MAX_GROWTH = 4.0;

    private static final String[] SUBJECTS = {"The council", "Anna Berg", "The ministry", "Reuters", "The port authority",
            "Jan de Vries", "The union", "Maria Lund", "Officials", "The company"};
    private static final String[] VERBS = {"said", "told reporters", "announced", "added", "warned"};
    private static final String[] CLAUSES = {"that the harbour plan would go ahead next spring",
            "that the budget for the new quay had doubled since March", "that talks with the shipping lines continue",
            "that more than 3,000 jobs depended on the decision", "that the vote was expected to be close"};

    /** A text dump of a long article: paragraphs of reported speech and quotes, with some page junk. */
    static String article(int bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder("Harbour plan divides the city council\n\nBy Anna Berg\n2025-08-21 10:00\n\n");
        int paragraph = 0;
        while (s.length() < bytes) {
            paragraph++;
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            s.append(subject).append(' ').append(VERBS[random.nextInt(VERBS.length)]).append(' ')
                    .append(CLAUSES[random.nextInt(CLAUSES.length)]).append(". ");
            if (paragraph % 3 == 0) {
                s.append("“We will not accept plan number ").append(paragraph).append(" as it stands,” ")
                        .append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(" said. ");
            }
            s.append("The meeting in Rotterdam ended at ").append(random.nextInt(12) + 1).append(" p.m.\n\n");
            if (paragraph % 50 == 0) {
                s.append("Share\nTweet\nT$0.0").append(random.nextInt(999)).append("+2.09%\n\n");
            }
        }
        return s.toString();
    }

    static String html(int bytes, long seed) {
        String text = article(bytes, seed);
        StringBuilder s = new StringBuilder("<html><head><title>Harbour plan</title></head><body><nav><a href='/'>Home</a>"
                + "</nav><article>");
        for (String block : text.split("\n\n")) {
            s.append("<p>").append(block).append("</p>\n");
        }
        return s.append("</article><footer>© News</footer></body></html>").toString();
    }

    private static double nanosPerByte(Precis precis, byte[] input, String type) throws ArticleRejectedException {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            precis.summarize(new ArticleInput(input, type, null));
            best = Math.min(best, System.nanoTime() - start);
        }
        return (double) best / input.length;
    }

    private static void assertLinear(String kind, List<byte[]> inputs, String type) throws ArticleRejectedException {
        Precis precis = Precis.standard();
        for (int warm = 0; warm < 5; warm++) {
            precis.summarize(new ArticleInput(inputs.get(1), type, null));
        }
        double[] perByte = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            perByte[i] = nanosPerByte(precis, inputs.get(i), type);
        }
        StringBuilder table = new StringBuilder("linear time (" + kind + "):");
        for (int i = 0; i < inputs.size(); i++) {
            table.append(String.format(" %,d B: %.1f ns/B (%.0f ms);", inputs.get(i).length, perByte[i],
                    perByte[i] * inputs.get(i).length / 1e6));
        }
        System.out.println(table);
        // compare each size with the 100 KB one: 10 KB runs carry fixed costs that make them dearer per byte
        for (int i = 2; i < inputs.size(); i++) {
            assertThat(perByte[i] / perByte[1]).as("ns/byte at %,d B vs 100 KB", inputs.get(i).length)
                    .isLessThanOrEqualTo(MAX_GROWTH);
        }
    }

    @Test
    void textDumpTimeGrowsLinearlyFrom10KbTo10Mb() throws ArticleRejectedException {
        List<byte[]> inputs = new ArrayList<>();
        for (int size : SIZES) {
            inputs.add(article(size, size).getBytes(StandardCharsets.UTF_8));
        }
        assertLinear("text dump", inputs, "text/plain");
    }

    @Test
    void htmlTimeGrowsLinearlyFrom10KbTo10Mb() throws ArticleRejectedException {
        List<byte[]> inputs = new ArrayList<>();
        for (int size : SIZES) {
            inputs.add(html(size, size).getBytes(StandardCharsets.UTF_8));
        }
        assertLinear("html", inputs, "text/html");
    }

    /** Wire copy dense with names (a headline in capitals, results in sentences): the name tagger's worst case. */
    static String wireCopy(int bytes, long seed) {
        Random random = new Random(seed);
        String[] names = {"Maria Lopez", "Anna Berg", "Lazio", "Inter", "Leicestershire", "Somerset", "Jan de Vries"};
        StringBuilder s = new StringBuilder("SOCCER - LAZIO GET LUCKY WIN, INTER IN SURPRISE DEFEAT.\n\nROME 1996-12-06\n\n");
        while (s.length() < bytes) {
            for (int k = 0; k < 4; k++) {
                s.append(names[random.nextInt(names.length)]).append(" beat ").append(names[random.nextInt(names.length)])
                        .append(' ').append(random.nextInt(7)).append('-').append(random.nextInt(7))
                        .append(" in Rome on Sunday, coach ").append(names[random.nextInt(names.length)])
                        .append(" told reporters after the match. ");
            }
            s.append("\n\n");
        }
        return s.toString();
    }

    @Test
    void wireCopyOfNamesGrowsLinearlyFrom10KbTo10Mb() throws ArticleRejectedException {
        List<byte[]> inputs = new ArrayList<>();
        for (int size : SIZES) {
            inputs.add(wireCopy(size, size).getBytes(StandardCharsets.UTF_8));
        }
        assertLinear("wire copy", inputs, "text/plain");
    }
}
