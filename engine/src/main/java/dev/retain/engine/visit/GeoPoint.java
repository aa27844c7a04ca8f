package dev.retain.engine.visit;

/** A place on the earth in degrees (a customer's home, a branch office): the contract's optional lat/lon. */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) throw new IllegalArgumentException("lat must be within -90..90, was " + lat);
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("lon must be within -180..180, was " + lon);
    }

    /** Great-circle distance in km (haversine). */
    public double kmTo(GeoPoint other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static double earthKm() {
        return EARTH_KM;
    }
}
