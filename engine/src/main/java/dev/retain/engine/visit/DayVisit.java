package dev.retain.engine.visit;

/**
 * A booked visit: where (null when the customer has no location on file: it cannot be planned) and
 * the window its START must fall in, in minutes after midnight.
 */
public record DayVisit(String id, GeoPoint at, double windowStarts, double windowEnds) {

    public DayVisit {
        if (windowEnds < windowStarts) throw new IllegalArgumentException("visit " + id + ": window ends before it starts");
    }
}
