package dev.retain.engine.workhours;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working hours of a working day: ordered, non-overlapping spans (08:30–12:00, 13:30–17:30).
 * The same every working day; which days work is the holiday table's business.
 */
public record DailyHours(List<WorkingSpan> spans) {

    public DailyHours {
        if (spans == null || spans.isEmpty()) throw new IllegalArgumentException("a working day has at least one span of hours");
        List<WorkingSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(WorkingSpan::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("working spans overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        spans = List.copyOf(sorted);
    }

    /** Reads {@code 08:30-12:00,13:30-17:30}. */
    public static DailyHours parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("working hours are HH:MM-HH:MM[,HH:MM-HH:MM…], not empty");
        List<WorkingSpan> spans = new ArrayList<>();
        for (String part : text.split(",")) spans.add(WorkingSpan.parse(part));
        return new DailyHours(spans);
    }

    /** 08:30–17:30 with a lunch gap 12:00–13:30: seven and a half hours a day, the default of a region without its own. */
    public static DailyHours standard() {
        return parse("08:30-12:00,13:30-17:30");
    }

    public Duration perDay() {
        return spans.stream().map(s -> Duration.between(s.start(), s.end())).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public String toString() {
        return spans.stream().map(WorkingSpan::toString).collect(Collectors.joining(","));
    }
}
