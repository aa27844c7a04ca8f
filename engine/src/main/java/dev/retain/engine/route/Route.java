package dev.retain.engine.route;

import java.util.List;
import java.util.Optional;

/**
 * One shift's planned day: its visits in order, the lunch as {start, end} when the shift has a lunch and visits,
 * the distance driven (start → visits → end, by the problem's metric) and when the shift is done (back at its end point,
 * after lunch if lunch is taken there). An unused shift has no visits, no lunch, distance 0 and ends at its opening time.
 */
public record Route(Shift shift, List<Visit> visits, Optional<double[]> lunchStartEnd, double distance, double endTime) {

    public Route {
        visits = List.copyOf(visits);
    }

    public boolean used() {
        return !visits.isEmpty();
    }
}
