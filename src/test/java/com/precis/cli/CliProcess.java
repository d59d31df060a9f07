package com.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code precis} in a fresh JVM, as a user would, with the environment given. */
public final class CliProcess {

    /** What a run printed and returned. */
    public record Run(int code, String out, String err) {

        /** A Java stack trace's frame lines ("\tat ...") appear in stderr. */
        public boolean hasStackTrace() {
            return err.contains("\tat ") || err.contains("Exception in thread");
        }
    }

    private CliProcess() {
    }

    /** {@code env} entries with a null value are removed from the inherited environment. */
    public static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("precis-cli-", ".out");
        Path err = Files.createTempFile("precis-cli-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            env.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
