package dev.retain.engine.route;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One day to plan: the shifts available, the stops to serve, and how travel time and distance are measured. */
public record RouteProblem(List<Shift> shifts, List<Stop> stops, TravelTime travel, DistanceMetric distance) {

    public RouteProblem {
        shifts = List.copyOf(shifts);
        stops = List.copyOf(stops);
        Objects.requireNonNull(travel, "travel");
        Objects.requireNonNull(distance, "distance");
        Set<String> ids = new HashSet<>();
        for (Stop s : stops) if (!ids.add(s.id())) throw new IllegalArgumentException("stop id " + s.id() + " appears twice");
        Set<String> vehicles = new HashSet<>();
        for (Shift s : shifts) if (!vehicles.add(s.vehicleId())) throw new IllegalArgumentException("vehicle id " + s.vehicleId() + " appears twice");
    }
}
