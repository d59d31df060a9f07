package com.precis.bench;

import com.precis.document.Article;
import com.precis.document.ArticleDocument;
import com.precis.document.Source;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import com.precis.store.ItemFitter;
import com.precis.store.ItemMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Memory and scaling: one long article of each size from 10 KB to 10 MB (or the sizes given),
 * processed end to end as the handler does (pipeline, then the item fitted to DynamoDB's limit and
 * mapped). bench/run.sh runs the 5 MB article alone with -Xmx256m, and the scaling series with the
 * function's 1 GB. The articles are real article bodies of the
 * corpus ({@code expected.html} of each page) laid one after the other in one HTML page, so every
 * size is made of the same kind of text. Prints the time per input byte of each size, the ratio
 * of the slowest to the fastest, and the peak heap while the largest article was processed.
 *
 * <p>{@code java -Xmx256m -cp ... com.precis.bench.ScalingBench CORPUS_DIR [MIN_SECONDS] [SIZE,SIZE...]}
 */
public final class ScalingBench {

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final int[] SIZES = {10_000, 100_000, 1_000_000, 5_000_000, 10_000_000};

    private ScalingBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> bodies = bodies(Path.of(args[0]));
        double minSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        int[] sizes = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : SIZES;
        Precis precis = Precis.standard();
        byte[][] pages = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            pages[i] = page(bodies, sizes[i]);
        }
        // One warm-up over all sizes before any is timed, so the JIT's work (counted in process CPU
        // time) is done before the first size is measured rather than charged to it.
        long warmEnd = System.nanoTime() + (long) (3 * minSeconds * 1e9);
        do {
            for (byte[] page : pages) {
                for (int i = Math.max(1, 2_000_000 / page.length); i > 0; i--) { // small pages more often
                    process(precis, page);
                }
            }
        } while (System.nanoTime() < warmEnd);
        double fastest = Double.MAX_VALUE;
        double slowest = 0;
        for (byte[] page : pages) {
            resetPeaks();
            long started = System.nanoTime();
            long cpuStarted = cost();
            int runs = 0;
            do {
                process(precis, page);
                runs++;
            } while (System.nanoTime() - started < minSeconds * 1e9 || runs < 2);
            double seconds = (System.nanoTime() - started) / 1e9 / runs;
            double cpuSeconds = (cost() - cpuStarted) / 1e9 / runs;
            double nsPerByte = cpuSeconds * 1e9 / page.length;
            fastest = Math.min(fastest, nsPerByte);
            slowest = Math.max(slowest, nsPerByte);
            System.out.printf(Locale.ROOT,
                    "scaling: %9d bytes  %8.1f ms/article (wall %8.1f)  %6.1f ns/byte  peak heap %5.0f MB  (%d runs)%n",
                    page.length, cpuSeconds * 1000, seconds * 1000, nsPerByte, peakHeapMegabytes(), runs);
        }
        System.out.printf(Locale.ROOT, "scaling: max/min time per byte over these sizes: %.2f (max heap %d MB)%n",
                slowest / fastest, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static void process(Precis precis, byte[] page) throws Exception {
        Article article = precis.summarize(new ArticleInput(page, "text/html; charset=utf-8", "long.html"));
        ArticleDocument doc = ArticleDocument.of("s3://bench/long.html",
                new Source("bench", "long.html", null, null, (long) page.length, "text/html", null, null), article,
                Precis.VERSION, "2026-01-01T00:00:00Z");
        if (ItemMapper.toItem(ItemFitter.fit(doc)).isEmpty()) {
            throw new IllegalStateException("empty item");
        }
    }

    /** One HTML page of about {@code size} bytes: a title, then article bodies until the size is reached. */
    static byte[] page(List<String> bodies, int size) {
        StringBuilder html = new StringBuilder(size + 100_000);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A long article</title>"
                + "</head><body><article><h1>A long article</h1>\n");
        String tail = "</article></body></html>\n";
        for (int i = 0; html.length() + tail.length() < size; i = (i + 1) % bodies.size()) {
            String body = bodies.get(i);
            int room = size - tail.length() - html.length();
            if (body.length() > room) {
                int cut = body.lastIndexOf("</p>", room);
                if (cut < 0) {
                    break;
                }
                body = body.substring(0, cut + 4);
            }
            html.append(body).append('\n');
        }
        html.append(tail);
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The article bodies of the corpus, as paragraphs (Readability's expected.html of each page). */
    static List<String> bodies(Path corpus) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            for (Path dir : dirs.sorted().toList()) {
                Path expected = dir.resolve("expected.html");
                if (Files.isRegularFile(expected)) {
                    String text = Files.readString(expected, StandardCharsets.UTF_8);
                    if (text.contains("<p")) {
                        bodies.add(text);
                    }
                }
            }
        }
        return bodies;
    }

    /**
     * What processing costs, in nanoseconds: this thread's CPU time plus the garbage collector's
     * pauses (the serial collector works in its own thread). Unlike the process's CPU time it does
     * not charge the JIT compiler's background work to whichever size happens to be measured, and
     * unlike wall time it does not count waiting for a core on a shared machine.
     */
    private static long cost() {
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return THREAD.getCurrentThreadCpuTime() + gcMillis * 1_000_000;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
