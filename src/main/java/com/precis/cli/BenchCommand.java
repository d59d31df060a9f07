package com.precis.cli;

import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.Precis;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bench DIR [--warmup SECONDS] [--seconds SECONDS]}: the whole pipeline over the pages of a
 * folder, on this thread, after a warm-up; prints pages per second, MB per second and the median
 * and 99th-percentile time per page. A folder laid out as the development corpus (one folder per
 * page holding {@code source.html}) is read as its pages; any other folder as its .html, .htm and
 * .txt files. The page loop is public so the peer comparison (bench/run.sh) times Readability4J
 * the same way.
 */
public final class BenchCommand {

    /** One page of the set: its name (for the input's extension hint) and its bytes, read up front. */
    public record Page(String name, byte[] bytes) {
    }

    /**
     * What one timed run measured: wall time, and the process's CPU time (garbage collection
     * included), which on a machine shared with other work says what the pipeline costs without the
     * time spent waiting for a core.
     */
    public record Result(int pages, int rejected, double seconds, double cpuSeconds, long bytes, long[] nanosPerPage) {

        public double pagesPerSecond() {
            return pages / seconds;
        }

        public double pagesPerCpuSecond() {
            return pages / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / seconds / 1_000_000.0;
        }

        public double percentileMillis(double p) {
            long[] sorted = nanosPerPage.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        public String line(String what) {
            return String.format(Locale.ROOT,
                    "%s: %.1f pages/s, %.2f MB/s, p50 %.2f ms, p99 %.2f ms per page (%d pages timed in %.1f s, "
                            + "%d rejected; on CPU time: %.1f pages/s)",
                    what, pagesPerSecond(), megabytesPerSecond(), percentileMillis(50), percentileMillis(99), pages,
                    seconds, rejected, pagesPerCpuSecond());
        }
    }

    /** The work done on one page; returns false when the page was rejected rather than processed. */
    @FunctionalInterface
    public interface Task {
        boolean run(Page page) throws Exception;
    }

    private BenchCommand() {
    }

    static final Usage USAGE = new Usage("bench DIR [--warmup SECONDS] [--seconds SECONDS]",
            "Times the whole pipeline over the pages of DIR on one thread, after a warm-up: pages/s, MB/s,\n"
                    + "p50 and p99 per page. DIR is a corpus folder (one folder per page with source.html) or a\n"
                    + "folder of .html, .htm and .txt files.",
            List.of(Usage.option("--warmup", "SECONDS", "warm-up time before timing (default 10)"),
                    Usage.option("--seconds", "SECONDS", "time measured (default 20)")));

    static int run(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE);
        double warmup = args.positiveNumber("--warmup", 10);
        double seconds = args.positiveNumber("--seconds", 20);
        String folder = args.optionalPositional(null);
        if (folder == null) {
            throw args.error("no folder of pages given");
        }
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            throw new CommandFailure("no such folder: " + dir);
        }
        List<Page> pages = pages(dir);
        if (pages.isEmpty()) {
            throw new CommandFailure("no pages (.html, .htm, .txt or */source.html) in " + dir);
        }
        Precis precis = Precis.standard();
        Result result = measure(pages, page -> summarize(precis, page), warmup, seconds);
        System.out.println(result.line("precis " + pages.size() + " pages of " + dir));
        return 0;
    }

    static boolean summarize(Precis precis, Page page) {
        try {
            precis.summarize(new ArticleInput(page.bytes(), null, page.name()));
            return true;
        } catch (ArticleRejectedException e) {
            return false;
        }
    }

    /**
     * Runs the task over all pages, in order and again, for at least {@code warmupSeconds} (untimed),
     * then for at least {@code seconds} timing each page; every timed pass covers all pages.
     */
    public static Result measure(List<Page> pages, Task task, double warmupSeconds, double seconds)
            throws Exception {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            for (Page page : pages) {
                task.run(page);
            }
        } while (System.nanoTime() < warmupEnd);
        List<long[]> passes = new ArrayList<>();
        int rejected = 0;
        long bytes = 0;
        long total = 0;
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = process.getProcessCpuTime();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long[] times = new long[pages.size()];
            for (int i = 0; i < pages.size(); i++) {
                long started = System.nanoTime();
                boolean processed = task.run(pages.get(i));
                times[i] = System.nanoTime() - started;
                total += times[i];
                bytes += pages.get(i).bytes().length;
                if (!processed) {
                    rejected++;
                }
            }
            passes.add(times);
        } while (System.nanoTime() < end);
        long cpu = process.getProcessCpuTime() - cpuStarted;
        long[] all = passes.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(all.length, rejected, total / 1e9, cpu / 1e9, bytes, all);
    }

    /** The pages of a folder: source.html of each sub-folder (the corpus layout), else its text and HTML files. */
    public static List<Page> pages(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(Files::isDirectory).map(d -> d.resolve("source.html")).filter(Files::isRegularFile)
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            try (Stream<Path> entries = Files.list(dir)) {
                files = entries.filter(Files::isRegularFile).filter(BenchCommand::isArticleFile).sorted().toList();
            }
        }
        List<Page> pages = new ArrayList<>();
        for (Path file : files) {
            try {
                pages.add(new Page(dir.relativize(file).toString(), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
        }
        return pages;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
    }
}
