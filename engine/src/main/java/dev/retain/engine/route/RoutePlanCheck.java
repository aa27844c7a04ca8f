package dev.retain.engine.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is wrong with a plan, in words: a stop missing or planned twice, service starting outside its window, a load
 * over capacity, a lunch outside its window, a shift ending after it closes. Empty when the plan keeps every hard rule;
 * used by the benchmark so a published figure is never an infeasible plan's.
 */
public final class RoutePlanCheck {

    private static final double EPS = 1e-6;

    private RoutePlanCheck() {
    }

    public static List<String> violations(RouteProblem problem, RoutePlan plan) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Route route : plan.routes()) {
            Shift shift = route.shift();
            int load = 0;
            for (Visit v : route.visits()) {
                Stop s = v.stop();
                if (!seen.add(s.id())) found.add("stop " + s.id() + " is planned twice");
                load += s.demand();
                if (v.start() > s.dueTime() + EPS || v.start() < s.readyTime() - EPS) {
                    found.add(shift.vehicleId() + ": service at " + s.id() + " starts at " + v.start() + ", outside " + s.readyTime() + "–" + s.dueTime());
                }
            }
            if (load > shift.capacity()) found.add(shift.vehicleId() + ": load " + load + " over capacity " + shift.capacity());
            if (route.endTime() > shift.close() + EPS) found.add(shift.vehicleId() + ": ends at " + route.endTime() + ", after " + shift.close());
            if (route.used() && shift.lunch().isPresent()) {
                Break b = shift.lunch().get();
                double start = route.lunchStartEnd().map(l -> l[0]).orElse(Double.NaN);
                if (!(start >= b.earliestStart() - EPS && start <= b.latestStart() + EPS)) {
                    found.add(shift.vehicleId() + ": lunch starts at " + start + ", outside " + b.earliestStart() + "–" + b.latestStart());
                }
            }
        }
        for (Stop s : plan.unassigned()) if (!seen.add(s.id())) found.add("stop " + s.id() + " is both planned and unassigned");
        for (Stop s : problem.stops()) if (!seen.contains(s.id())) found.add("stop " + s.id() + " is missing from the plan");
        return found;
    }
}
