package com.precis.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code java -jar precis.jar COMMAND ...}: the command-line entry point.
 *
 * <p>The contract every command follows, kept in one place: a command parses its arguments with
 * {@link Args#parse} against its {@link Usage} (so {@code --help} prints it), throws
 * {@link UsageException} for a wrong call (exit 2) and {@link CommandFailure} for a failure the
 * user can fix (exit 1), and returns its exit code otherwise. Whatever escapes a command is caught
 * here and printed as one line on stderr, never as a stack trace unless {@code PRECIS_DEBUG=1}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (0 success, 1 failure, 2 usage); never throws. */
    public static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            System.out.println(usage());
            return 0;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return execute(command, System.out, System.err, () -> switch (command) {
            case "summarize" -> SummarizeCommand.run(rest);
            case "invoke" -> InvokeCommand.run(rest);
            case "local" -> LocalCommand.run(rest);
            case "backfill" -> BackfillCommand.run(rest);
            case "redrive" -> RedriveCommand.run(rest);
            case "query" -> QueryCommand.run(rest);
            case "report" -> ReportCommand.run(rest);
            case "bench" -> BenchCommand.run(rest);
            case "eval-clean" -> EvalCleanCommand.run(rest);
            case "eval-quotes" -> EvalQuotesCommand.run(rest);
            case "train-speakers" -> TrainSpeakersCommand.run(rest);
            case "train-ner" -> TrainNerCommand.run(rest);
            case "eval-ner" -> EvalNerCommand.run(rest);
            default -> {
                System.err.println("precis: unknown command '" + command + "'\n" + usage());
                yield 2;
            }
        });
    }

    /**
     * Runs one command's body under the contract: help on {@code out} (exit 0), a usage error as one
     * line with the usage on {@code err} (exit 2), any other failure as one line on {@code err} (exit 1).
     */
    static int execute(String command, PrintStream out, PrintStream err, Callable<Integer> body) {
        try {
            return body.call();
        } catch (Args.HelpRequested help) {
            out.print(help.usage().text());
            return 0;
        } catch (UsageException e) {
            err.println("precis " + command + ": " + e.getMessage()
                    + (e.usage() != null ? "; " + e.usage().line() + " (--help for more)" : ""));
            return 2;
        } catch (Exception | Error e) {
            err.println("precis " + command + ": " + Failures.describe(e));
            if (debug()) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    static boolean debug() {
        String value = System.getenv("PRECIS_DEBUG");
        return value != null && !value.isBlank() && !value.equals("0");
    }

    static String usage() {
        return """
                usage: java -jar precis.jar COMMAND [ARGS]     (COMMAND --help for its options)
                  summarize FILE... [--out DIR]   print the document JSON of one file, or write DIR/<path>.json for each
                  invoke EVENT.json               run a Lambda handler on an event file (S3 or S3 Batch Operations), as the Java runtime would
                  local [FILE...] [--endpoint URL] upload files through a local S3 trigger into a local DynamoDB and print the items
                  backfill s3://BUCKET/PREFIX     summarise every object already there: locally (moto, LocalStack) or as an S3 Batch Operations job (--aws)
                  redrive                         re-process the events in the dead-letter queue, deleting each message once done
                  bench DIR                       time the pipeline over the pages of DIR on one thread: pages/s, MB/s, p50/p99 per page
                  eval-clean [DIR]                 score the cleaner (HTML and text dumps) against gold bodies
                  eval-quotes [DIR]                score quotes, speakers and actors against hand annotations (dev and check halves)
                  eval-quotes --corpus gum         score quotes and speakers on the GUM quote corpus (--split dev|test|check|train)
                  train-speakers                   learn the speaker-choice weights from GUM train; threshold tuned on eval/annotated dev
                  query --speaker NAME | --actor NAME   quotes by a speaker, or articles mentioning an actor, newest first
                  report [--from DIR] [--out FILE]      one HTML page over the stored summaries (or a folder of documents)
                  eval-quotes [DIR]                score quotes, speakers and actors against hand annotations
                  train-ner [--corpus DIR]         train the name tagger (model and word clusters) from the annotated corpora
                  eval-ner [--corpus DIR]          score the name tagger per corpus and type (dev and held-back splits)
                """;
    }
}
