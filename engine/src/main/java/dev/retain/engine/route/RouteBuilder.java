package dev.retain.engine.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one shift's ordered stops into a {@link Route} with exact times and distance (by {@link RouteClock}). */
final class RouteBuilder {

    private RouteBuilder() {
    }

    static Route build(RouteProblem problem, Shift shift, List<Stop> stops) {
        if (stops.isEmpty()) return new Route(shift, List.of(), Optional.empty(), 0, shift.open());
        Break lunch = shift.lunch().orElse(null);
        List<Visit> visits = new ArrayList<>(stops.size());
        double[] lunchStartEnd = null;
        boolean lunchBehind = false;
        double free = shift.open();
        double distance = 0;
        Point here = shift.start();
        for (Stop stop : stops) {
            RouteClock.Leg leg = RouteClock.toStop(lunch, lunchBehind, free, problem.travel().between(here, stop.at()), stop);
            if (leg.lunchOnThisLeg()) lunchStartEnd = new double[] {leg.lunchStart(), leg.lunchStart() + lunch.duration()};
            visits.add(new Visit(stop, leg.arrival(), leg.start(), leg.end()));
            distance += problem.distance().between(here, stop.at());
            lunchBehind = leg.lunchBehind();
            free = leg.end();
            here = stop.at();
        }
        RouteClock.Return back = RouteClock.toEnd(lunch, lunchBehind, free, problem.travel().between(here, shift.end()));
        if (back.lunchOnThisLeg()) lunchStartEnd = new double[] {back.lunchStart(), back.lunchStart() + lunch.duration()};
        distance += problem.distance().between(here, shift.end());
        return new Route(shift, visits, Optional.ofNullable(lunchStartEnd), distance, back.endTime());
    }
}
