package com.precis.cli;

import com.precis.index.DateKey;
import java.time.Clock;

/**
 * The bounds {@code --since} and {@code --until} give, as index date keys (either may be null):
 * a day, a time, or a time ago ({@code 7d}); a day alone as {@code --until} includes the whole day.
 */
record DateRange(String from, String until) {

    static final Usage.Option SINCE = Usage.option("--since", "DATE",
            "only articles dated on or after DATE: 2025-08-21, 2025-08-21T18:30, or a time ago: 36h, 7d, 2w");
    static final Usage.Option UNTIL = Usage.option("--until", "DATE",
            "only articles dated on or before DATE (a day alone includes the whole day)");

    static DateRange of(Args args, Clock clock) {
        String from;
        String until;
        try {
            from = args.value(SINCE.name()) == null ? null : DateKey.from(args.value(SINCE.name()), clock);
            until = args.value(UNTIL.name()) == null ? null : DateKey.until(args.value(UNTIL.name()), clock);
        } catch (IllegalArgumentException e) {
            throw args.error(e.getMessage());
        }
        if (from != null && until != null && from.compareTo(until) > 0) {
            throw args.error("--since is after --until");
        }
        return new DateRange(from, until);
    }

    boolean contains(String dateKey) {
        return (from == null || dateKey.compareTo(from) >= 0) && (until == null || dateKey.compareTo(until) <= 0);
    }

    boolean bounded() {
        return from != null || until != null;
    }
}
