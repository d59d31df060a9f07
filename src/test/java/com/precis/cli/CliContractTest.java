package com.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a new user meets it: every command answers --help, every mistake gets one
 * line on stderr saying what to do and exit 2 (usage) or 1 (failure), never a stack trace unless
 * PRECIS_DEBUG=1; --out never overwrites; missing files are reported on stderr.
 */
class CliContractTest {

    static final String ARTICLE = """
            Harbour plan goes to a vote

            The city council met on Tuesday to discuss the new harbour plan, which would double the size of the port.

            “We have waited long enough for this harbour,” the mayor, Anna Berg, told reporters after the meeting.

            The plan will be put to a vote next month, and the council expects a narrow result either way.
            """;

    @TempDir
    Path dir;

    record Captured(int code, String out, String err) {
    }

    static Captured inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(args);
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
        }
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path article(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, ARTICLE);
        return file;
    }

    @Test
    void everyCommandAnswersHelpWithItsUsageAndDoesNothingElse() {
        for (String command : List.of("summarize", "invoke", "local", "backfill", "redrive", "bench", "eval-clean",
                "eval-quotes", "train-speakers", "train-ner", "eval-ner", "query", "report")) {
            Captured help = inProcess(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("usage: java -jar precis.jar " + command).contains("--help");
            assertThat(help.err()).as(command + " started work or failed").isEmpty();
        }
        assertThat(inProcess("local", "-h").out()).contains("--endpoint URL");
    }

    @Test
    void summarizeWithOutKeepsInputsOfTheSameNameApart() throws IOException {
        Path a = article("pages/a/source.html");
        Path b = article("pages/b/source.html");
        Path out = dir.resolve("out");
        Captured run = inProcess("summarize", "--out", out.toString(), a.toString(), b.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("a/source.json")).exists();
        assertThat(out.resolve("b/source.json")).exists();
        assertThat(Files.readString(out.resolve("a/source.json"))).contains(a.getFileName().toString()).contains("/a/");
        assertThat(Files.readString(out.resolve("b/source.json"))).contains("/b/");
    }

    @Test
    void summarizeWithOutRefusesToOverwriteAndRefusesCollidingNames() throws IOException {
        Path a = article("x/story.html");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("story.json"), "keep me");
        Captured again = inProcess("summarize", "--out", out.toString(), a.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip().lines()).hasSize(1);
        assertThat(again.err()).contains("story.json").contains("never overwrites");
        assertThat(Files.readString(out.resolve("story.json"))).isEqualTo("keep me");

        Path html = article("y/story.html");
        Path text = article("y/story.txt");
        Captured clash = inProcess("summarize", "--out", dir.resolve("other").toString(), html.toString(), text.toString());
        assertThat(clash.code()).isEqualTo(1);
        assertThat(clash.err()).contains("would both be written to");
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void aMissingInputFileIsReportedOnStderrAndCountedInTheTotals() throws IOException {
        Path good = article("in/good.txt");
        Path missing = dir.resolve("in/missing.txt");
        Captured run = inProcess("summarize", "--out", dir.resolve("out").toString(), good.toString(), missing.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(missing.toString()).contains("no such file");
        assertThat(run.err().strip().lines().reduce((first, second) -> second).orElseThrow())
                .matches("summarize: 2 files: 1 ok, 1 failed, [0-9.]+ s");

        Captured single = inProcess("summarize", missing.toString());
        assertThat(single.code()).isEqualTo(1);
        assertThat(single.err()).contains(missing.toString()).contains("no such file")
                .containsPattern("summarize: 1 file: 0 ok, 1 failed");
    }

    @Test
    void usageErrorsExitTwoWithTheUsageLine() {
        Captured unknown = inProcess("summarize", "--outt", "x", "a.html");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown option --outt").contains("usage: java -jar precis.jar summarize");
        Captured several = inProcess("summarize", "a.html", "b.html");
        assertThat(several.code()).isEqualTo(2);
        assertThat(several.err()).contains("need --out DIR");
        Captured noValue = inProcess("summarize", "a.html", "--out");
        assertThat(noValue.code()).isEqualTo(2);
        assertThat(noValue.err()).contains("--out needs a value");
        assertThat(inProcess("no-such-command").code()).isEqualTo(2);
        assertThat(inProcess("backfill", "not-an-s3-url").err()).contains("expected s3://BUCKET/PREFIX");
        assertThat(inProcess("redrive", "--dry-run").err()).contains("no queue");
    }

    @Test
    void localWithAMissingFileSaysSoBeforeStartingAnything() {
        Captured run = inProcess("local", dir.resolve("nope.html").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("precis local: no such file: " + dir.resolve("nope.html"));
    }

    @Test
    void invokeWithoutRegionOrTableSaysWhatToSet() throws Exception {
        Map<String, String> env = new HashMap<>();
        for (String name : List.of("AWS_REGION", "AWS_DEFAULT_REGION", "TABLE_NAME", "AWS_ENDPOINT_URL",
                "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB", "PRECIS_DEBUG")) {
            env.put(name, null);
        }
        CliProcess.Run noRegion = CliProcess.run(env, "invoke", "events/s3-put.json");
        assertThat(noRegion.code()).isEqualTo(1);
        assertThat(noRegion.hasStackTrace()).as(noRegion.err()).isFalse();
        assertThat(noRegion.err().strip().lines()).hasSize(1);
        assertThat(noRegion.err()).contains("AWS_REGION is not set");

        env.put("AWS_REGION", "eu-west-1");
        CliProcess.Run noTable = CliProcess.run(env, "invoke", "events/s3-put.json");
        assertThat(noTable.code()).isEqualTo(1);
        assertThat(noTable.hasStackTrace()).as(noTable.err()).isFalse();
        assertThat(noTable.err()).contains("TABLE_NAME is not set").contains("--table");
    }

    @Test
    void anEndpointThatRefusesConnectionsIsOneLineAndTheDebugSwitchShowsTheTrace() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closed;
        Map<String, String> env = new HashMap<>();
        env.put("PRECIS_DEBUG", null);
        CliProcess.Run refused = CliProcess.run(env, "invoke", "events/s3-put.json", "--endpoint", endpoint,
                "--table", "t");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.hasStackTrace()).as(refused.err()).isFalse();
        assertThat(refused.err().strip()).startsWith("precis invoke: cannot connect to " + endpoint)
                .contains("moto_server -p " + closed);

        env.put("PRECIS_DEBUG", "1");
        CliProcess.Run debug = CliProcess.run(env, "invoke", "events/s3-put.json", "--endpoint", endpoint, "--table", "t");
        assertThat(debug.code()).isEqualTo(1);
        assertThat(debug.hasStackTrace()).isTrue();
    }

    @Test
    void aMissingMotoServerIsOneLineSayingHowToInstallIt() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PRECIS_MOTO_SERVER", dir.resolve("no-moto-here").toString());
        env.put("PRECIS_DEBUG", null);
        CliProcess.Run run = CliProcess.run(env, "local", "samples/nvidia-h20-scraped.txt");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.hasStackTrace()).as(run.err()).isFalse();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("pip install \"moto[server]\"");
    }

    @Test
    void invokeHelpAndAMissingEventFileNeverThrow() throws Exception {
        CliProcess.Run help = CliProcess.run(Map.of(), "invoke", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("usage: java -jar precis.jar invoke");
        CliProcess.Run missing = CliProcess.run(Map.of("AWS_REGION", "us-east-1", "TABLE_NAME", "t"), "invoke",
                dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.hasStackTrace()).isFalse();
        assertThat(missing.err()).contains("no such event file");
    }
}
