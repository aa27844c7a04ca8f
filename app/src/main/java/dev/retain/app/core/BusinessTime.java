package dev.retain.app.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Stored instants (timestamptz) as the province reads them: the local date and time in the
 * business zone the Clock carries, never the server's zone (servers run in UTC).
 */
public final class BusinessTime {

    private BusinessTime() {
    }

    public static LocalDateTime local(Timestamp stored, Clock clock) {
        return stored == null ? null : LocalDateTime.ofInstant(stored.toInstant(), clock.getZone());
    }
}
