package dev.retain.engine.visit;

import java.util.List;

/**
 * A planned visit day: the routes of the visitors who go out, the visits that could not be planned
 * (no location on file; or no visitor could start them inside their window within the hours), the
 * totals and the planner's run time.
 */
public record VisitDayPlan(String solver, List<PlannedRoute> routes, List<String> noLocation, List<String> noRoom, long millis) {

    public VisitDayPlan {
        routes = List.copyOf(routes);
        noLocation = List.copyOf(noLocation);
        noRoom = List.copyOf(noRoom);
    }

    public int planned() {
        return routes.stream().mapToInt(r -> r.visits().size()).sum();
    }

    public double km() {
        return routes.stream().mapToDouble(PlannedRoute::km).sum();
    }

    public double travelMinutes() {
        return routes.stream().mapToDouble(PlannedRoute::travelMinutes).sum();
    }
}
