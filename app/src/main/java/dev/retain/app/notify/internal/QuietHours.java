package dev.retain.app.notify.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Quiet hours from {@code start} to {@code end} in a time zone, over midnight when the start is
 * later (21:00–08:00). A time inside them is held until their end: the same morning before
 * midnight's turn, the next morning after 21:00. Equal start and end: no quiet hours.
 */
record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** When the quiet hours around {@code at} end; empty when {@code at} is not in quiet hours. */
    Optional<Instant> endAfter(Instant at) {
        if (start.equals(end)) return Optional.empty();
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalTime t = local.toLocalTime();
        boolean overMidnight = start.isAfter(end);
        boolean quiet = overMidnight ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
        if (!quiet) return Optional.empty();
        // after the start of a night that runs over midnight, the quiet ends tomorrow
        boolean endsTomorrow = overMidnight && !t.isBefore(start);
        LocalDateTime endsAt = (endsTomorrow ? local.toLocalDate().plusDays(1) : local.toLocalDate()).atTime(end);
        return Optional.of(endsAt.atZone(zone).toInstant());
    }
}
