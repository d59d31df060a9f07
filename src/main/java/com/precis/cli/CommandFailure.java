package com.precis.cli;

/**
 * A command could not do its work for a reason the user can fix (a missing file or setting, a
 * server that is not running): {@link Main} prints the message, which says what to do, as one line
 * on stderr and exits 1. The cause, if any, is shown only with {@code PRECIS_DEBUG=1}.
 */
public final class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
