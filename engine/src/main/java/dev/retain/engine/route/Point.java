package dev.retain.engine.route;

/** A place on a plane; the caller converts latitude and longitude (e.g. to kilometres east and north of a reference). */
public record Point(double x, double y) {

    public double euclideanTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
