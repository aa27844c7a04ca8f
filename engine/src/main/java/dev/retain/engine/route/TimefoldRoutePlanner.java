package dev.retain.engine.route;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.retain.engine.route.timefold.RouteConstraints;
import dev.retain.engine.route.timefold.RoutingSolution;
import dev.retain.engine.route.timefold.StopVisit;
import dev.retain.engine.route.timefold.TravelMatrix;
import dev.retain.engine.route.timefold.VehicleRoute;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Vehicle routing with time windows by Timefold Solver (construction heuristic, then late-acceptance local search over
 * list change, swap and k-opt moves). Objective, most important first: hard = windows, capacity, shift end, lunch
 * window; medium = stops left unassigned (a stop stays out rather than break a hard rule); soft = vehicles used, then
 * total distance.
 *
 * <p>Local search alone rarely empties a whole route, so a timed plan also eliminates routes, as VRPTW heuristics do:
 * after a first solve it takes away the used route with the fewest stops and re-solves from the rest, its stops
 * unassigned; each round ends as soon as every stop is placed again, and a round that cannot place them all is
 * dropped. The time left polishes the best plan's distance.
 *
 * <p>Reproducible: {@link #planWithMoveLimit} (one solve, a fixed number of moves) gives the same plan for the same seed
 * on any machine; a time limit gives as many moves as the machine manages. Times and distances in the plan are
 * recomputed exactly from the final order of stops, not read from the solver's scaled integers.
 */
public final class TimefoldRoutePlanner {

    private final SolverFactory<RoutingSolution> solverFactory;

    public TimefoldRoutePlanner() {
        this(0L);
    }

    public TimefoldRoutePlanner(long seed) {
        this.solverFactory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(RoutingSolution.class)
                .withEntityClasses(VehicleRoute.class, StopVisit.class)
                .withConstraintProviderClass(RouteConstraints.class)
                .withRandomSeed(seed)
                .withTerminationSpentLimit(Duration.ofSeconds(1)));
    }

    /** Solves for at most {@code limit} of wall-clock time (route elimination, then polishing). */
    public RoutePlan plan(RouteProblem problem, Duration limit) {
        if (problem.stops().isEmpty() || problem.shifts().isEmpty()) return nothingToPlan(problem);
        long deadline = System.nanoTime() + limit.toNanos();
        Model model = new Model(problem);
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < problem.shifts().size(); s++) all.add(s);

        Assignment start = new Assignment(CheapestInsertion.build(problem), null, -1);
        Assignment best = model.solve(all, start, new TerminationConfig().withSpentLimit(millis(limit.dividedBy(5))));
        int failures = 0;
        while (best.unassignedCount() == 0 && best.usedShifts().size() > 1 && failures < 2) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.compareTo(Duration.ofMillis(300)) < 0) break;
            List<Integer> keep = new ArrayList<>(best.usedShifts());
            // the shortest route first; after a failed round the next shortest
            keep.remove(best.usedShiftsShortestFirst().get(Math.min(failures, keep.size() - 1)));
            // succeed as soon as every stop is placed on the kept shifts: then this round's score beats the limit
            HardMediumSoftLongScore placedAll = HardMediumSoftLongScore.of(0, 0, -(keep.size() + 1L) * model.usedWeight + 1);
            Assignment fewer = model.solve(keep, best, new TerminationConfig().withSpentLimit(millis(left.dividedBy(3))).withBestScoreLimit(placedAll.toString()));
            if (fewer.unassignedCount() > 0 || fewer.hardBroken()) {
                failures++;
            } else {
                best = fewer;
                failures = 0;
            }
        }
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.compareTo(Duration.ofMillis(100)) > 0) {
            Assignment polished = model.solve(best.unassignedCount() == 0 ? best.usedShifts() : all, best, new TerminationConfig().withSpentLimit(millis(left)));
            if (polished.isBetterThan(best)) best = polished;
        }
        return best.toPlan(problem);
    }

    /** Solves once for a fixed number of evaluated moves (and at most {@code limit}): the same plan on any machine. */
    public RoutePlan planWithMoveLimit(RouteProblem problem, long moves, Duration limit) {
        if (problem.stops().isEmpty() || problem.shifts().isEmpty()) return nothingToPlan(problem);
        Model model = new Model(problem);
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < problem.shifts().size(); s++) all.add(s);
        return model.solve(all, null, new TerminationConfig().withMoveCountLimit(moves).withSpentLimit(limit)).toPlan(problem);
    }

    /** Timefold takes whole milliseconds only. */
    private static Duration millis(Duration d) {
        return Duration.ofMillis(Math.max(1, d.toMillis()));
    }

    private static RoutePlan nothingToPlan(RouteProblem problem) {
        List<Route> routes = problem.shifts().stream().map(s -> RouteBuilder.build(problem, s, List.of())).toList();
        return RoutePlan.of(routes, problem.stops());
    }

    /** Which stops (by index) each shift serves in order, and the solver's score of that. */
    private record Assignment(List<List<Integer>> stopsByShift, HardMediumSoftLongScore score, int unassignedCount) {

        List<Integer> usedShifts() {
            List<Integer> used = new ArrayList<>();
            for (int s = 0; s < stopsByShift.size(); s++) if (!stopsByShift.get(s).isEmpty()) used.add(s);
            return used;
        }

        List<Integer> usedShiftsShortestFirst() {
            List<Integer> used = usedShifts();
            used.sort(Comparator.comparingInt((Integer s) -> stopsByShift.get(s).size()).thenComparingInt(s -> s));
            return used;
        }

        boolean hardBroken() {
            return score.hardScore() < 0;
        }

        boolean isBetterThan(Assignment other) {
            return score.compareTo(other.score) > 0;
        }

        RoutePlan toPlan(RouteProblem problem) {
            List<Route> routes = new ArrayList<>(problem.shifts().size());
            boolean[] placed = new boolean[problem.stops().size()];
            for (int s = 0; s < problem.shifts().size(); s++) {
                List<Stop> stops = new ArrayList<>();
                for (int i : stopsByShift.get(s)) {
                    stops.add(problem.stops().get(i));
                    placed[i] = true;
                }
                routes.add(RouteBuilder.build(problem, problem.shifts().get(s), stops));
            }
            List<Stop> unassigned = new ArrayList<>();
            for (int i = 0; i < placed.length; i++) if (!placed[i]) unassigned.add(problem.stops().get(i));
            return RoutePlan.of(routes, unassigned);
        }
    }

    /** The problem in Timefold's terms: points are the stops in order, then each shift's start and end. */
    private final class Model {

        private final RouteProblem problem;
        private final TravelMatrix matrix;
        /** A used vehicle costs more than any plan can drive (every leg ends at a stop or a used vehicle's end point). */
        private final long usedWeight;

        Model(RouteProblem problem) {
            this.problem = problem;
            List<Point> points = new ArrayList<>();
            for (Stop stop : problem.stops()) points.add(stop.at());
            for (Shift shift : problem.shifts()) {
                points.add(shift.start());
                points.add(shift.end());
            }
            this.matrix = new TravelMatrix(points, problem.travel(), problem.distance());
            this.usedWeight = (long) (problem.stops().size() + problem.shifts().size()) * matrix.longestScaledDistance() + 1;
        }

        /** Solves with only {@code shifts} available, starting from {@code warm}'s routes on those shifts (others' stops unassigned). */
        Assignment solve(List<Integer> shifts, Assignment warm, TerminationConfig termination) {
            int n = problem.stops().size();
            List<StopVisit> visits = new ArrayList<>(n);
            for (int i = 0; i < n; i++) visits.add(new StopVisit(i, problem.stops().get(i)));
            List<VehicleRoute> vehicles = new ArrayList<>(shifts.size());
            for (int s : shifts) {
                VehicleRoute vehicle = new VehicleRoute(s, problem.shifts().get(s), n + 2 * s, n + 2 * s + 1, matrix, usedWeight);
                if (warm != null) {
                    StopVisit previous = null;
                    for (int i : warm.stopsByShift().get(s)) {
                        StopVisit visit = visits.get(i);
                        vehicle.getVisits().add(visit);
                        visit.placeAfter(vehicle, previous);
                        previous = visit;
                    }
                }
                vehicles.add(vehicle);
            }
            RoutingSolution solved = solverFactory.buildSolver(new SolverConfigOverride<RoutingSolution>().withTerminationConfig(termination))
                    .solve(new RoutingSolution(vehicles, visits));
            List<List<Integer>> stopsByShift = new ArrayList<>();
            for (int s = 0; s < problem.shifts().size(); s++) stopsByShift.add(List.of());
            int placed = 0;
            for (VehicleRoute vehicle : solved.getVehicles()) {
                List<Integer> order = vehicle.getVisits().stream().map(StopVisit::getId).toList();
                stopsByShift.set(vehicle.getId(), order);
                placed += order.size();
            }
            return new Assignment(stopsByShift, solved.getScore(), n - placed);
        }
    }
}
