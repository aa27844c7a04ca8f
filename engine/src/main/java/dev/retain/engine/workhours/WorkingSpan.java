package dev.retain.engine.workhours;

import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a working day in local time, e.g. 08:30–12:00; a day may have several (a lunch gap between). */
public record WorkingSpan(LocalTime start, LocalTime end) {

    public WorkingSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) throw new IllegalArgumentException("a working span ends after it starts: " + start + "–" + end);
    }

    /** Reads {@code 08:30-12:00}; the message names the text when it is not that shape. */
    public static WorkingSpan parse(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) throw new IllegalArgumentException("a working span is HH:MM-HH:MM, not '" + text + "'");
        try {
            return new WorkingSpan(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a working span is HH:MM-HH:MM, not '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
