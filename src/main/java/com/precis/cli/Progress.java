package com.precis.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Progress of a long run on stderr: on a terminal a bar redrawn in place (count, percentage, rate,
 * ETA, failures); elsewhere (a pipe, a log file, CI) a plain line every few seconds. Then one
 * totals line. Counts are updated from any thread.
 */
final class Progress implements AutoCloseable {

    private static final int BAR = 24;

    private final String name;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final Supplier<String> detail;
    private final ScheduledExecutorService ticker;
    private volatile String lastPlain = "";
    private boolean barShown;

    /** {@code detail} adds the run's own counts to each line ("12 stored, 3 up to date"). */
    Progress(String name, PrintStream out, boolean terminal, Supplier<String> detail) {
        this.name = name;
        this.out = out;
        this.terminal = terminal;
        this.detail = detail;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long period = terminal ? 250 : 5000;
        ticker.scheduleAtFixedRate(this::draw, period, period, TimeUnit.MILLISECONDS);
    }

    /** A bar on a terminal, plain lines otherwise; PRECIS_PROGRESS=plain|bar decides when set. */
    static boolean onTerminal() {
        String forced = System.getenv("PRECIS_PROGRESS");
        if (forced != null) {
            return forced.equalsIgnoreCase("bar");
        }
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.equals("dumb");
    }

    void total(long count) {
        total.set(count);
    }

    void add(boolean failure) {
        done.incrementAndGet();
        if (failure) {
            failed.incrementAndGet();
        }
    }

    /** Absolute counts, for a run measured elsewhere (an S3 Batch Operations job). */
    void set(long doneCount, long failedCount, long totalCount) {
        done.set(doneCount);
        failed.set(failedCount);
        total.set(totalCount);
    }

    long done() {
        return done.get();
    }

    long failed() {
        return failed.get();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** A message line, printed above the bar on a terminal. */
    synchronized void message(String line) {
        clearBar();
        out.println(line);
        if (terminal) {
            drawBar();
        }
    }

    private synchronized void draw() {
        try {
            if (terminal) {
                drawBar();
            } else {
                String line = name + ": " + status();
                if (!line.equals(lastPlain)) {
                    out.println(line);
                    lastPlain = line;
                }
            }
        } catch (RuntimeException e) {
            // a progress line is never worth failing the run for
        }
    }

    private void drawBar() {
        long t = total.get();
        long d = done.get();
        int filled = t > 0 ? (int) Math.min(BAR, d * BAR / t) : 0;
        String bar = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] ";
        out.print("\r\u001b[K" + bar + status());
        out.flush();
        barShown = true;
    }

    private void clearBar() {
        if (terminal && barShown) {
            out.print("\r\u001b[K");
            barShown = false;
        }
    }

    String status() {
        long d = done.get();
        long t = total.get();
        double seconds = seconds();
        double rate = seconds > 0 ? d / seconds : 0;
        StringBuilder s = new StringBuilder();
        s.append(d);
        if (t >= 0) {
            s.append('/').append(t).append(String.format(Locale.ROOT, " (%d%%)", t == 0 ? 100 : d * 100 / t));
        }
        s.append(String.format(Locale.ROOT, ", %.1f/s", rate));
        if (t > d && rate > 0) {
            s.append(", ETA ").append(duration((t - d) / rate));
        }
        s.append(", ").append(failed.get()).append(" failed");
        String extra = detail == null ? null : detail.get();
        if (extra != null && !extra.isEmpty()) {
            s.append(" (").append(extra).append(')');
        }
        return s.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** Stops the display; the caller prints the totals line. */
    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        clearBar();
        out.flush();
    }
}
