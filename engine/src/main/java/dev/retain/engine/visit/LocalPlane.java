package dev.retain.engine.visit;

/**
 * Lat/lon onto a flat plane in km around one reference point (equirectangular): within a city
 * (tens of km) the straight-line distance on the plane matches the haversine to well under 1 %,
 * so the route planner, which works on planar points, sees true distances.
 */
public record LocalPlane(GeoPoint origin) {

    public double xKm(GeoPoint p) {
        return Math.toRadians(p.lon() - origin.lon()) * Math.cos(Math.toRadians(origin.lat())) * GeoPoint.earthKm();
    }

    public double yKm(GeoPoint p) {
        return Math.toRadians(p.lat() - origin.lat()) * GeoPoint.earthKm();
    }

    /** The plane's straight-line distance between two places, in km. */
    public double km(GeoPoint a, GeoPoint b) {
        return Math.hypot(xKm(a) - xKm(b), yKm(a) - yKm(b));
    }
}
