package dev.retain.app.workorder.internal;

import dev.retain.engine.workhours.Pause;
import dev.retain.engine.workhours.WorkingTimeCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A work order's deadline and warning, always derived from its start, its limit and every stored
 * pause (never from an earlier deadline), so a changed limit or priority keeps the time already waited.
 */
@Component
public class Deadlines {

    /** {@code dueAt}/{@code warnAt} null while an open pause stops the clock; provisional: a year without a holiday table. */
    public record Deadline(Instant dueAt, Instant warnAt, boolean provisional) {
    }

    private final TimeLimits limits;

    Deadlines(TimeLimits limits) {
        this.limits = limits;
    }

    public Deadline of(String region, Instant start, int limitMinutes, int warnMinutes, List<Pause> pauses) {
        WorkingTimeCalendar calendar = limits.calendarFor(region);
        Instant due = calendar.deadline(start, Duration.ofMinutes(limitMinutes), pauses).orElse(null);
        Instant warn = calendar.warnAt(start, Duration.ofMinutes(limitMinutes), Duration.ofMinutes(warnMinutes), pauses).orElse(null);
        boolean provisional = due != null && !calendar.unannouncedYears(start, due).isEmpty();
        return new Deadline(due, warn, provisional);
    }
}
