package dev.retain.app.complaint.internal.visit;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Face-to-face complaint visits ({@code retain.visits}): the appointment windows a planner may
 * check for a day (each bounds the START of a visit); the time at the customer (about an hour:
 * 003's 1.5 h a visit includes the travel, which the planner computes from the customers'
 * locations at {@code km-per-hour} on roads {@code detour-factor} times the straight line); the
 * lunch break; the solver's time; 003's staffing inputs; the candidates' cluster size and overdue days.
 */
@ConfigurationProperties("retain.visits")
public record VisitSettings(
        @DefaultValue({"09:00-10:30", "10:30-12:00", "13:30-15:00", "15:00-16:30"}) List<String> windows,
        @DefaultValue("60") double serviceMinutes,
        @DefaultValue("20") double kmPerHour,
        @DefaultValue("1.3") double detourFactor,
        @DefaultValue("11:30") LocalTime lunchEarliest,
        @DefaultValue("13:00") LocalTime lunchLatest,
        @DefaultValue("60") double lunchMinutes,
        @DefaultValue("3") double solverSeconds,
        @DefaultValue("6") int maxVisitsPerVisitor,
        @DefaultValue("2") int followUpStaff,
        @DefaultValue("1.5") double hoursPerVisit,
        @DefaultValue("8") double workHours,
        @DefaultValue("3") int clusterSize,
        @DefaultValue("5") int overdueDays) {

    /** The windows as start–end times; a malformed setting fails the start naming it. */
    public List<VisitWindow> offeredWindows() {
        return windows.stream().map(w -> {
            String[] parts = w.split("-");
            if (parts.length != 2) throw new IllegalArgumentException("retain.visits.windows: '" + w + "' is not HH:mm-HH:mm");
            return new VisitWindow(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        }).toList();
    }
}
