package dev.retain.engine.route;

/** Time to drive from a to b, in the problem's time unit. Solomon: the Euclidean distance; visits: distance over a speed. */
@FunctionalInterface
public interface TravelTime {

    double between(Point a, Point b);

    /** Solomon's convention: one unit of distance takes one unit of time. */
    static TravelTime euclidean() {
        return Point::euclideanTo;
    }

    /** Straight-line distance at a constant speed (distance units per time unit), e.g. km at 30 km/h in minutes: {@code atSpeed(0.5)}. */
    static TravelTime atSpeed(double distancePerTimeUnit) {
        if (!(distancePerTimeUnit > 0)) throw new IllegalArgumentException("speed must be positive, got " + distancePerTimeUnit);
        return (a, b) -> a.euclideanTo(b) / distancePerTimeUnit;
    }
}
