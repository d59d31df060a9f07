package com.precis.cli;

import java.util.List;

/**
 * What a command takes, written once: {@link Args} parses against it (which options take a value)
 * and {@code --help} prints it. Every command declares one.
 *
 * @param synopsis the command line, e.g. {@code summarize FILE... [--out DIR]}
 * @param summary  what the command does, one or two sentences
 * @param options  the options it accepts, in the order they are shown
 */
public record Usage(String synopsis, String summary, List<Option> options) {

    /** An option: {@code value} names its argument, or is null for a flag that takes none. */
    public record Option(String name, String value, String help) {
    }

    public static Option option(String name, String value, String help) {
        return new Option(name, value, help);
    }

    public static Option flag(String name, String help) {
        return new Option(name, null, help);
    }

    /** The usage line alone, for a usage error. */
    public String line() {
        return "usage: java -jar precis.jar " + synopsis;
    }

    /** The full help text printed by {@code --help}. */
    public String text() {
        StringBuilder out = new StringBuilder(line()).append("\n\n").append(summary).append('\n');
        if (!options.isEmpty()) {
            int width = 0;
            for (Option o : options) {
                width = Math.max(width, label(o).length());
            }
            out.append("\noptions:\n");
            for (Option o : options) {
                out.append("  ").append(String.format("%-" + width + "s", label(o))).append("  ").append(o.help()).append('\n');
            }
        }
        out.append("  ").append(String.format("%-12s", "--help")).append("  print this help\n");
        return out.toString();
    }

    Option find(String name) {
        for (Option o : options) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    private static String label(Option o) {
        return o.value() == null ? o.name() : o.name() + " " + o.value();
    }
}
