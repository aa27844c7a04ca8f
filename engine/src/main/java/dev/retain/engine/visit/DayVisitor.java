package dev.retain.engine.visit;

/** A visitor's day: it starts and ends at their office; working hours in minutes after midnight. */
public record DayVisitor(String id, GeoPoint office, double worksFrom, double worksTo) {

    public DayVisitor {
        if (worksTo <= worksFrom) throw new IllegalArgumentException("visitor " + id + ": worksTo must be after worksFrom");
    }
}
