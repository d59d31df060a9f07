package com.precis.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A command's arguments parsed against its {@link Usage}: options that take a value (as
 * {@code --out DIR} or {@code --out=DIR}), flags, and the positional arguments in order.
 * {@code --help} or {@code -h} anywhere ends parsing with {@link HelpRequested}; an unknown option
 * or a missing value is a {@link UsageException}. Both are handled once, in {@link Main}.
 */
public final class Args {

    private final Usage usage;
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Args(Usage usage) {
        this.usage = usage;
    }

    public static Args parse(String[] argv, Usage usage) {
        for (String arg : argv) {
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new HelpRequested(usage);
            }
        }
        Args args = new Args(usage);
        boolean onlyPositionals = false;
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
                args.positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            Usage.Option option = usage.find(name);
            if (option == null) {
                throw new UsageException(usage, "unknown option " + name);
            }
            if (option.value() == null) {
                if (eq > 0) {
                    throw new UsageException(usage, name + " takes no value");
                }
                args.values.put(name, "");
            } else if (eq > 0) {
                args.putOnce(name, arg.substring(eq + 1));
            } else if (i + 1 < argv.length) {
                args.putOnce(name, argv[++i]);
            } else {
                throw new UsageException(usage, name + " needs a value: " + name + " " + option.value());
            }
        }
        return args;
    }

    private void putOnce(String name, String value) {
        if (values.put(name, value) != null) {
            throw new UsageException(usage, name + " is given twice");
        }
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The value of an option, or null when not given. */
    public String value(String name) {
        return values.get(name);
    }

    public String value(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    /** A positive whole number option, or the default; anything else is a usage error. */
    public int positiveInt(String name, int otherwise) {
        return positive(name, otherwise, Integer::valueOf, "whole number");
    }

    /** A positive number option (seconds, say), or the default; anything else is a usage error. */
    public double positiveNumber(String name, double otherwise) {
        return positive(name, otherwise, Double::valueOf, "number");
    }

    private <T extends Number> T positive(String name, T otherwise, Function<String, T> parse, String kind) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            T n = parse.apply(value.strip());
            if (n.doubleValue() > 0 && Double.isFinite(n.doubleValue())) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageException(usage, name + " must be a positive " + kind + ", not '" + value + "'");
    }

    /** A whole number option from {@code min} to {@code max}, or the default; anything else is a usage error. */
    public int intBetween(String name, int otherwise, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageException(usage, name + " must be a whole number from " + min + " to " + max + ", not '"
                + shorten(value) + "'");
    }

    /** No positional arguments at all. */
    public void noPositionals(String hint) {
        if (!positionals.isEmpty()) {
            throw new UsageException(usage, "unexpected argument '" + shorten(positionals.get(0)) + "'" + hint);
        }
    }

    /** At most 40 characters of what the user typed, for messages. */
    public static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    /** At most one positional argument: the given one, or {@code otherwise}. */
    public String optionalPositional(String otherwise) {
        if (positionals.size() > 1) {
            throw new UsageException(usage, "unexpected argument '" + positionals.get(1) + "'");
        }
        return positionals.isEmpty() ? otherwise : positionals.get(0);
    }

    /** A usage error for this command, to throw. */
    public UsageException error(String message) {
        return new UsageException(usage, message);
    }

    /** Thrown by {@link #parse} when help was asked for: {@link Main} prints it and exits 0. */
    public static final class HelpRequested extends RuntimeException {

        private final transient Usage usage;

        HelpRequested(Usage usage) {
            super("help", null, false, false);
            this.usage = usage;
        }

        public Usage usage() {
            return usage;
        }
    }
}
