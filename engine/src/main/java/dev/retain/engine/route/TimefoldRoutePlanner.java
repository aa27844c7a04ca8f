package dev.retain.engine.route;

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
import java.util.List;

/**
 * Vehicle routing with time windows by Timefold Solver (construction heuristic, then late-acceptance local search over
 * list moves). Objective, most important first: hard = windows, capacity, shift end, lunch window; medium = stops left
 * unassigned (a stop stays out rather than break a hard constraint); soft = vehicles used, then total distance.
 * Reproducible: the same seed and the same number of moves give the same plan ({@link #planWithMoveLimit}); a time limit
 * gives as many moves as the machine manages in it. The plan's times and distances are recomputed exactly from the
 * final order of stops, not read from the solver's scaled integers.
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

    /** Solves for at most {@code limit} of wall-clock time. */
    public RoutePlan plan(RouteProblem problem, Duration limit) {
        return solve(problem, new TerminationConfig().withSpentLimit(limit));
    }

    /** Solves for a fixed number of evaluated moves (and at most {@code limit}): the same plan on any machine. */
    public RoutePlan planWithMoveLimit(RouteProblem problem, long moves, Duration limit) {
        return solve(problem, new TerminationConfig().withMoveCountLimit(moves).withSpentLimit(limit));
    }

    private RoutePlan solve(RouteProblem problem, TerminationConfig termination) {
        if (problem.stops().isEmpty() || problem.shifts().isEmpty()) {
            List<Route> routes = problem.shifts().stream().map(s -> RouteBuilder.build(problem, s, List.of())).toList();
            return RoutePlan.of(routes, problem.stops());
        }
        RoutingSolution solved = solverFactory.buildSolver(new SolverConfigOverride<RoutingSolution>().withTerminationConfig(termination))
                .solve(model(problem));
        List<Route> routes = new ArrayList<>(problem.shifts().size());
        List<Stop> unassigned = new ArrayList<>();
        for (VehicleRoute vehicle : solved.getVehicles()) {
            routes.add(RouteBuilder.build(problem, vehicle.getShift(), vehicle.getVisits().stream().map(StopVisit::getStop).toList()));
        }
        for (StopVisit visit : solved.getVisits()) if (visit.getVehicle() == null) unassigned.add(visit.getStop());
        return RoutePlan.of(routes, unassigned);
    }

    /** Points are the stops in order, then each shift's start and end; a used vehicle outweighs any possible total distance. */
    private static RoutingSolution model(RouteProblem problem) {
        List<Point> points = new ArrayList<>();
        for (Stop stop : problem.stops()) points.add(stop.at());
        for (Shift shift : problem.shifts()) {
            points.add(shift.start());
            points.add(shift.end());
        }
        TravelMatrix matrix = new TravelMatrix(points, problem.travel(), problem.distance());
        int stops = problem.stops().size();
        // every leg ends at a stop or at a used vehicle's end point, so no plan drives more than this
        long usedWeight = (long) (stops + problem.shifts().size()) * matrix.longestScaledDistance() + 1;
        List<StopVisit> visits = new ArrayList<>(stops);
        for (int i = 0; i < stops; i++) visits.add(new StopVisit(i, problem.stops().get(i)));
        List<VehicleRoute> vehicles = new ArrayList<>(problem.shifts().size());
        for (int s = 0; s < problem.shifts().size(); s++) {
            vehicles.add(new VehicleRoute(s, problem.shifts().get(s), stops + 2 * s, stops + 2 * s + 1, matrix, usedWeight));
        }
        return new RoutingSolution(vehicles, visits);
    }
}
