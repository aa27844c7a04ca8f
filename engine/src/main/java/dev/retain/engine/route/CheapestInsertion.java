package dev.retain.engine.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A quick feasible start for the solver: stops by earliest due time, each inserted where it adds the least distance
 * to a route already in use while every hard rule still holds; a new shift is opened only when no used route can
 * take it; a stop no shift can take stays unassigned. Plain Java with {@link RouteClock}, thousands of times cheaper per
 * insertion than a solver move, so the solver's time goes to improving rather than building.
 */
final class CheapestInsertion {

    private CheapestInsertion() {
    }

    /** Stop indexes per shift, in visiting order. */
    static List<List<Integer>> build(RouteProblem problem) {
        List<Stop> stops = problem.stops();
        List<List<Integer>> routes = new ArrayList<>();
        for (int s = 0; s < problem.shifts().size(); s++) routes.add(new ArrayList<>());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> stops.get(i).dueTime()).thenComparingInt(i -> i));
        for (int i : order) {
            int bestShift = -1;
            int bestPosition = -1;
            double bestAdded = Double.POSITIVE_INFINITY;
            int firstUnused = -1;
            for (int s = 0; s < routes.size(); s++) {
                List<Integer> route = routes.get(s);
                if (route.isEmpty()) {
                    if (firstUnused < 0) firstUnused = s;
                    continue;
                }
                for (int p = 0; p <= route.size(); p++) {
                    double added = addedDistance(problem, s, route, p, i);
                    if (added >= bestAdded) continue;
                    route.add(p, i);
                    boolean ok = feasible(problem, s, route);
                    route.remove(p);
                    if (ok) {
                        bestAdded = added;
                        bestShift = s;
                        bestPosition = p;
                    }
                }
            }
            if (bestShift < 0) {
                // open the first unused shift that can serve the stop on its own
                for (int s = firstUnused; s >= 0 && s < routes.size(); s++) {
                    if (!routes.get(s).isEmpty()) continue;
                    routes.get(s).add(i);
                    if (feasible(problem, s, routes.get(s))) {
                        bestShift = s;
                        break;
                    }
                    routes.get(s).clear();
                }
                continue;
            }
            routes.get(bestShift).add(bestPosition, i);
        }
        return routes;
    }

    private static double addedDistance(RouteProblem problem, int shift, List<Integer> route, int position, int stop) {
        Shift s = problem.shifts().get(shift);
        Point before = position == 0 ? s.start() : problem.stops().get(route.get(position - 1)).at();
        Point after = position == route.size() ? s.end() : problem.stops().get(route.get(position)).at();
        Point at = problem.stops().get(stop).at();
        return problem.distance().between(before, at) + problem.distance().between(at, after) - problem.distance().between(before, after);
    }

    /** Whether the shift can serve these stops in this order keeping every hard rule (by {@link RouteClock}). */
    static boolean feasible(RouteProblem problem, int shiftIndex, List<Integer> route) {
        Shift shift = problem.shifts().get(shiftIndex);
        Break lunch = shift.lunch().orElse(null);
        int load = 0;
        double free = shift.open();
        boolean lunchBehind = false;
        Point here = shift.start();
        for (int i : route) {
            Stop stop = problem.stops().get(i);
            load += stop.demand();
            if (load > shift.capacity()) return false;
            RouteClock.Leg leg = RouteClock.toStop(lunch, lunchBehind, free, problem.travel().between(here, stop.at()), stop);
            if (leg.start() > stop.dueTime()) return false;
            if (leg.lunchOnThisLeg() && leg.lunchStart() > lunch.latestStart()) return false;
            free = leg.end();
            lunchBehind = leg.lunchBehind();
            here = stop.at();
        }
        RouteClock.Return back = RouteClock.toEnd(lunch, lunchBehind, free, problem.travel().between(here, shift.end()));
        if (back.endTime() > shift.close()) return false;
        return !(back.lunchOnThisLeg() && back.lunchStart() > lunch.latestStart());
    }
}
