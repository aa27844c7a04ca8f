package dev.retain.engine.route;

/** The distance a plan is scored and reported by (not necessarily the same function as its travel time). */
@FunctionalInterface
public interface DistanceMetric {

    double between(Point a, Point b);

    /** Exact straight-line distance, as the Solomon best-known values use (no rounding). */
    static DistanceMetric euclidean() {
        return Point::euclideanTo;
    }
}
