package com.precis.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * How a command ends: 0 success, 1 failure, 2 usage error, with one clear line on stderr for the
 * last two and no stack trace (PRECIS_DEBUG=1 prints it).
 */
final class CommandRun {

    private CommandRun() {
    }

    /** What a command does once its options are read. */
    interface Body {
        int run(CommandOptions options) throws Exception;
    }

    /** Reads the options ({@code --help} prints {@code usage}), runs the body, ends as the contract says. */
    static int run(String command, String usage, String[] args, Set<String> valued, Set<String> flags,
                   PrintStream out, PrintStream err, Body body) {
        Set<String> withHelp = new HashSet<>(flags);
        withHelp.add("--help");
        return run(command, err, () -> {
            CommandOptions options = CommandOptions.parse(args, valued, withHelp);
            if (options.flag("--help")) {
                out.println(usage);
                return 0;
            }
            return body.run(options);
        });
    }

    static int run(String command, PrintStream err, Callable<Integer> body) {
        try {
            return body.call();
        } catch (CommandOptions.UsageException e) {
            err.println("precis " + command + ": " + e.getMessage() + " (see: precis " + command + " --help)");
            return 2;
        } catch (Exception | StackOverflowError e) {
            err.println("precis " + command + ": " + oneLine(e));
            if ("1".equals(System.getenv("PRECIS_DEBUG"))) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** The first line of the message, or the exception's kind when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
