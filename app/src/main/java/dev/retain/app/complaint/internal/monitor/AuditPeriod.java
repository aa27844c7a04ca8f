package dev.retain.app.complaint.internal.monitor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A week (Monday to Sunday) or a calendar month of complaints, as the periodic audit lists cover them. */
public record AuditPeriod(String kind, LocalDate startsOn, LocalDate endsOn) {

    public static AuditPeriod week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new AuditPeriod("week", monday, monday.plusWeeks(1));
    }

    public static AuditPeriod month(LocalDate anyDay) {
        LocalDate first = anyDay.withDayOfMonth(1);
        return new AuditPeriod("month", first, first.plusMonths(1));
    }

    /** The period of {@code kind} ("week" or "month") that contains {@code anyDay}; another kind is refused, naming it. */
    public static AuditPeriod of(String kind, LocalDate anyDay) {
        return switch (kind) {
            case "week" -> week(anyDay);
            case "month" -> month(anyDay);
            default -> throw new IllegalArgumentException("period must be week or month, was " + kind);
        };
    }

    /** The last complete period of this kind before {@code today}. */
    public static AuditPeriod lastComplete(String kind, LocalDate today) {
        AuditPeriod current = of(kind, today);
        return of(kind, current.startsOn().minusDays(1));
    }
}
