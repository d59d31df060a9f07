package com.precis.cli;

import java.util.Arrays;

/** {@code java -jar precis.jar COMMAND ...}: the command-line entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (0 success, 1 failure, 2 usage). */
    public static int run(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(usage());
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "summarize" -> SummarizeCommand.run(rest);
            case "invoke" -> InvokeCommand.run(rest);
            case "local" -> LocalCommand.run(rest);
            case "bench" -> BenchCommand.run(rest);
            case "eval-clean" -> EvalCleanCommand.run(rest);
            case "eval-quotes" -> EvalQuotesCommand.run(rest);
            case "train-ner" -> TrainNerCommand.run(rest);
            case "eval-ner" -> EvalNerCommand.run(rest);
            default -> {
                System.err.println("unknown command: " + args[0] + "\n" + usage());
                yield 2;
            }
        };
    }

    static String usage() {
        return """
                usage: java -jar precis.jar COMMAND [ARGS]
                  summarize FILE... [--out DIR]   print the document JSON of one file, or write DIR/<name>.json for each
                  invoke EVENT.json               run the Lambda handler on an event file, as the Java runtime would
                  local [FILE...] [--endpoint URL] upload files through a local S3 trigger into a local DynamoDB and print the items
                  bench DIR                       time the pipeline over the pages of DIR on one thread: pages/s, MB/s, p50/p99 per page
                  eval-clean [DIR]                 score the cleaner (HTML and text dumps) against gold bodies
                  eval-quotes [DIR]                score quotes, speakers and actors against hand annotations
                  train-ner [--corpus DIR]         train the name tagger (model and word clusters) from the annotated corpora
                  eval-ner [--corpus DIR]          score the name tagger per corpus and type (dev and held-back splits)
                """;
    }
}
