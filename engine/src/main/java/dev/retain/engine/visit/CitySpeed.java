package dev.retain.engine.visit;

/**
 * Travel time in a city from a straight-line distance: the roads are longer than the line by a
 * detour factor (1.3 is usual for a grid of streets) and the visitor moves at an average city
 * speed, traffic and parking included (settings).
 */
public record CitySpeed(double kmPerHour, double detourFactor) {

    public CitySpeed {
        if (!(kmPerHour > 0)) throw new IllegalArgumentException("kmPerHour must be > 0, was " + kmPerHour);
        if (!(detourFactor >= 1)) throw new IllegalArgumentException("detourFactor must be ≥ 1, was " + detourFactor);
    }

    public double minutesFor(double straightKm) {
        return straightKm * detourFactor / kmPerHour * 60;
    }
}
