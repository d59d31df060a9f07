package com.precis.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command: {@code --name VALUE} or {@code --name=VALUE} for the valued ones,
 * {@code --flag} for the others, anything else positional. Mistakes (an unknown option, a missing
 * or repeated value, a number out of range) are {@link UsageException}s that say what is wrong.
 */
final class CommandOptions {

    /** The command line is wrong: exit code 2, one line saying why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private CommandOptions() {
    }

    static CommandOptions parse(String[] args, Set<String> valued, Set<String> booleans) {
        CommandOptions options = new CommandOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.equals("--")) {
                options.positional.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (booleans.contains(name) && eq < 0) {
                options.flags.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(name + " needs a value");
                }
                if (options.values.put(name, value) != null) {
                    throw new UsageException(name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option " + shorten(name));
            }
        }
        return options;
    }

    String value(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }

    /** A whole number between min and max, or the default when the option is absent. */
    int integer(String name, int defaultValue, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new UsageException(name + " must be a whole number from " + min + " to " + max + ", not '"
                + shorten(text) + "'");
    }

    /** The bounds --since and --until give, as index date keys (either may be null). */
    record Dates(String from, String until) {
        boolean contain(String dateKey) {
            return (from == null || dateKey.compareTo(from) >= 0) && (until == null || dateKey.compareTo(until) <= 0);
        }
    }

    Dates dates(java.time.Clock clock) {
        String from;
        String until;
        try {
            from = values.get("--since") == null ? null : com.precis.index.DateKey.from(values.get("--since"), clock);
            until = values.get("--until") == null ? null : com.precis.index.DateKey.until(values.get("--until"), clock);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (from != null && until != null && from.compareTo(until) > 0) {
            throw new UsageException("--since is after --until");
        }
        return new Dates(from, until);
    }

    /** At most 40 characters of what the user typed, for messages. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }
}
