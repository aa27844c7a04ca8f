package dev.retain.app.core;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's {@link Clock}: instants from the system (or a test's fixed source) in the
 * business time zone — the province's, whatever zone the server runs in (servers run in UTC).
 * So {@code LocalDate.now(clock)} is the province's "today" for overdue tasks, deadlines and
 * billing months. The admin module keeps the zone equal to its {@code business.time-zone}
 * setting: it sets it at start-up and whenever an admin saves another one.
 */
public final class BusinessClock extends Clock {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final InstantSource instants;
    private volatile ZoneId zone;

    public BusinessClock(InstantSource instants, ZoneId zone) {
        this.instants = instants;
        this.zone = zone;
    }

    /**
     * The instants of {@code system} moved by whole days so that today, in {@code zone}, is
     * {@code day}; the time of day and its passing stay the system's (a demo set to another date).
     */
    public static InstantSource startingOn(LocalDate day, ZoneId zone, InstantSource system) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(system.instant(), zone), day);
        return InstantSource.offset(system, java.time.Duration.ofDays(days));
    }

    /** From now on "today" and every local time are in {@code zone}. */
    public void useZone(ZoneId zone) {
        this.zone = java.util.Objects.requireNonNull(zone);
    }

    /** Today in the business time zone. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A clock on the same instants in another zone; it does not follow later changes of the business zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return instants.withZone(zone);
    }

    @Override
    public Instant instant() {
        return instants.instant();
    }

    @Override
    public long millis() {
        return instants.millis();
    }

    @Override
    public String toString() {
        return "BusinessClock[" + zone + "]";
    }
}
