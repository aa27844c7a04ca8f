package dev.retain.engine.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline the solver is compared with: fill one shift at a time, always driving to the nearest stop (by the
 * problem's distance) that can still be served in its window, within capacity, with lunch in its window and with time
 * to get back before the shift closes; when none is left, start the next shift. Stops no shift can take stay unassigned.
 * Deterministic: ties go to the stop listed first.
 */
public final class NearestNeighbourPlanner {

    public RoutePlan plan(RouteProblem problem) {
        Set<Stop> open = new LinkedHashSet<>(problem.stops());
        List<Route> routes = new ArrayList<>(problem.shifts().size());
        for (Shift shift : problem.shifts()) {
            List<Stop> taken = fill(problem, shift, open);
            open.removeAll(taken);
            routes.add(RouteBuilder.build(problem, shift, taken));
        }
        return RoutePlan.of(routes, List.copyOf(open));
    }

    private static List<Stop> fill(RouteProblem problem, Shift shift, Set<Stop> open) {
        Break lunch = shift.lunch().orElse(null);
        List<Stop> taken = new ArrayList<>();
        Set<Stop> left = new LinkedHashSet<>(open);
        Point here = shift.start();
        double free = shift.open();
        boolean lunchBehind = false;
        int load = 0;
        while (true) {
            Stop best = null;
            RouteClock.Leg bestLeg = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Stop stop : left) {
                if (load + stop.demand() > shift.capacity()) continue;
                double distance = problem.distance().between(here, stop.at());
                if (distance >= bestDistance) continue;
                RouteClock.Leg leg = RouteClock.toStop(lunch, lunchBehind, free, problem.travel().between(here, stop.at()), stop);
                if (leg.start() > stop.dueTime()) continue;
                if (lunch != null && leg.lunchOnThisLeg() && leg.lunchStart() > lunch.latestStart()) continue;
                RouteClock.Return back = RouteClock.toEnd(lunch, leg.lunchBehind(), leg.end(), problem.travel().between(stop.at(), shift.end()));
                if (back.endTime() > shift.close()) continue;
                if (lunch != null && back.lunchOnThisLeg() && back.lunchStart() > lunch.latestStart()) continue;
                best = stop;
                bestLeg = leg;
                bestDistance = distance;
            }
            if (best == null) return taken;
            taken.add(best);
            left.remove(best);
            load += best.demand();
            here = best.at();
            free = bestLeg.end();
            lunchBehind = bestLeg.lunchBehind();
        }
    }
}
