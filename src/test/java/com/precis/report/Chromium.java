package com.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium, headless, for tests of pages: no sandbox (tests run as root in CI), no GPU,
 * no background networking, sync, component updates or QUIC, and a fresh profile for every run.
 * When it is missing and the test runs as root, {@code scripts/install-chromium.sh} installs it
 * with apt-get; only when that is impossible does a test skip, saying why (in CI it fails instead).
 */
public final class Chromium {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** Chromium, installed first if need be; a test that cannot have it is skipped (failed in CI). */
    public static synchronized Chromium require() {
        Optional<Path> found = locate();
        String why = "not on PATH";
        if (found.isEmpty()) {
            why = install();
            found = locate();
        }
        if (found.isEmpty()) {
            String message = "headless Chromium is needed to test the report page and could not be installed (" + why
                    + "); install Debian's chromium (apt-get install chromium) or run scripts/install-chromium.sh";
            if (System.getenv("CI") != null) {
                Assertions.fail(message + " (.ci/run installs it, so in CI this is a failure)");
            }
            Assumptions.abort(message);
        }
        return new Chromium(found.get());
    }

    static Optional<Path> locate() {
        String configured = System.getenv("PRECIS_CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String install() {
        Path script = Path.of("scripts/install-chromium.sh");
        if (!Files.isRegularFile(script)) {
            return "scripts/install-chromium.sh not found";
        }
        try {
            Path log = Files.createTempFile("install-chromium-", ".log");
            Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "apt-get did not finish in 15 minutes";
            }
            List<String> lines = Files.readAllLines(log);
            Files.deleteIfExists(log);
            return p.exitValue() == 0 ? "installed" : "install failed: " + (lines.isEmpty() ? "" : lines.get(lines.size() - 1));
        } catch (IOException e) {
            return "cannot run the installer: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The DOM after the page loaded, as Chromium serialises it. */
    public String dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toUri().toString()), null);
    }

    /** A PNG of the page in a window of the given size; fails unless the file was written. */
    public void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString()), png);
        assertThat(png).as("screenshot written").exists();
    }

    private String run(List<String> args, Path expectedFile) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        try {
            List<String> command = new ArrayList<>();
            command.add(binary.toString());
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + profile);
            command.addAll(args);
            Path stdout = Files.createTempFile("chromium-out-", ".txt");
            Path stderr = Files.createTempFile("chromium-err-", ".txt");
            Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            assertThat(done).as("chromium finished within 120 s; stderr: %s", err).isTrue();
            assertThat(p.exitValue() == 0 || expectedFile != null && Files.exists(expectedFile))
                    .as("chromium exit %d; stderr: %s", p.exitValue(), err).isTrue();
            return out;
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
