package com.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Bad input to query: a clear line and exit code 2, never a stack trace, and no request made. */
class QueryCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run query(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QueryCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), settings -> {
                    throw new AssertionError("no client may be made for bad input");
                }, Clock.systemUTC());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void refused(Run run, String says) {
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(says).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void namesWithNothingToSearchForAreRefusedClearly() {
        refused(query("--speaker", "   ", "--table", "t"), "--speaker is empty");
        refused(query("--speaker", "😀🎉", "--table", "t"), "has no letters or digits");
        refused(query("--actor", "\"\"", "--table", "t"), "has no letters or digits");
    }

    @Test
    void mistakesInTheCommandLineSayWhatIsWrong() {
        refused(query("--table", "t"), "give --speaker NAME or --actor NAME");
        refused(query("--speaker", "a", "--actor", "b", "--table", "t"), "not both");
        refused(query("--speaker"), "--speaker needs a value");
        refused(query("--speaker", "Ilves", "--since", "last week", "--table", "t"), "not a date");
        refused(query("--speaker", "Ilves", "--since", "2026-02-02", "--until", "2026-02-01", "--table", "t"), "--since is after --until");
        refused(query("--speaker", "Ilves", "--limit", "0", "--table", "t"), "--limit must be a whole number");
        refused(query("--speaker", "Ilves", "--limit", "lots", "--table", "t"), "--limit must be a whole number");
        refused(query("--speaker", "Ilves", "--colour", "--table", "t"), "unknown option --colour");
        refused(query("--speaker", "Howard", "Lutnick", "--table", "t"), "unexpected argument 'Lutnick'");
        refused(query("--speaker", "Ilves", "--endpoint", "not a url"), "--endpoint needs a URL");
    }

    @Test
    void helpIsUsageOnStandardOutput() {
        Run help = query("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--speaker NAME").contains("--actor NAME").contains("--json").contains("--page-size");
    }
}
