package dev.retain.engine.route;

import java.util.List;

/** A planned day: one route per shift (in the problem's shift order), the stops left out, and the totals. */
public record RoutePlan(List<Route> routes, List<Stop> unassigned, int vehiclesUsed, double totalDistance) {

    public RoutePlan {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    /** Totals computed from the routes themselves, so they are exact doubles on the final plan. */
    static RoutePlan of(List<Route> routes, List<Stop> unassigned) {
        int used = 0;
        double distance = 0;
        for (Route r : routes) {
            if (r.used()) used++;
            distance += r.distance();
        }
        return new RoutePlan(routes, unassigned, used, distance);
    }
}
