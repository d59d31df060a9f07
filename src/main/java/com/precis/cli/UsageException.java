package com.precis.cli;

/**
 * The command was called wrongly: {@link Main} prints the message and the command's usage line on
 * stderr and exits 2.
 */
public final class UsageException extends RuntimeException {

    private final transient Usage usage;

    public UsageException(Usage usage, String message) {
        super(message, null, false, false);
        this.usage = usage;
    }

    /** The usage of the command, or null for a problem before any command was chosen. */
    public Usage usage() {
        return usage;
    }
}
