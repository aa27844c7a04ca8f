package dev.retain.engine.visit;

import java.util.List;

/**
 * One visitor's planned day: when they leave the office and are back, the lunch break (null
 * when the route has none), the km driven (planar, from lat/lon) and the visits in order.
 */
public record PlannedRoute(String visitorId, double leaves, double back, Double lunchStart, Double lunchEnd, double km, double travelMinutes,
                           List<PlannedVisit> visits) {

    public PlannedRoute {
        visits = List.copyOf(visits);
    }
}
