package dev.retain.bench;

import dev.retain.engine.route.NearestNeighbourPlanner;
import dev.retain.engine.route.RoutePlan;
import dev.retain.engine.route.RoutePlanCheck;
import dev.retain.engine.route.RouteProblem;
import dev.retain.engine.route.SolomonInstances;
import dev.retain.engine.route.TimefoldRoutePlanner;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The route planner on a Solomon VRPTW instance: the nearest-neighbour baseline, then Timefold for S seconds, each with
 * vehicles, exact Euclidean distance, unassigned stops and a feasibility check, beside the best-known solution when the
 * instance is one of those listed (SINTEF's table, see bench/src/main/resources/solomon/SOURCE.md).
 */
final class SolomonBench {

    /** Best-known (vehicles, distance) from SINTEF's VRPTW page, 100-customer Solomon instances (hierarchical objective). */
    private static final Map<String, double[]> BEST_KNOWN = Map.of(
            "C101", new double[] {10, 828.94},
            "R101", new double[] {19, 1650.80},
            "RC101", new double[] {14, 1696.95},
            "R201", new double[] {4, 1252.37});

    private SolomonBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String file = a.text("instance", "");
        if (file.isEmpty()) throw new IllegalArgumentException("--instance FILE is required (e.g. bench/src/main/resources/solomon/C101.txt)");
        long seconds = a.number("seconds", 30);
        long seed = a.number("seed", 0);
        Path path = Path.of(file);
        String name = path.getFileName().toString().replaceFirst("\\.txt$", "").toUpperCase(Locale.ROOT);
        RouteProblem problem;
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
            problem = SolomonInstances.parse(r, path.toString());
        }
        System.out.printf(Locale.ROOT, "%s: %d customers, %d vehicles of capacity %d, %d CPUs%n", name, problem.stops().size(),
                problem.shifts().size(), problem.shifts().get(0).capacity(), Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        RoutePlan nn = new NearestNeighbourPlanner().plan(problem);
        report("nearest neighbour", problem, nn, (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        TimefoldRoutePlanner planner = new TimefoldRoutePlanner(seed);
        RoutePlan solved = planner.plan(problem, Duration.ofSeconds(seconds));
        report("timefold " + seconds + " s", problem, solved, (System.nanoTime() - t0) / 1e9);

        double[] best = BEST_KNOWN.get(name);
        if (best != null) {
            System.out.printf(Locale.ROOT, "best known: vehicles %d, distance %.2f (SINTEF)%n", (int) best[0], best[1]);
            System.out.printf(Locale.ROOT, "gap: timefold %+d vehicles, distance %+.2f%%; nearest neighbour %+d vehicles, distance %+.2f%%%n",
                    solved.vehiclesUsed() - (int) best[0], 100 * (solved.totalDistance() / best[1] - 1),
                    nn.vehiclesUsed() - (int) best[0], 100 * (nn.totalDistance() / best[1] - 1));
        } else {
            System.out.println("best known: not listed for " + name);
        }
    }

    private static void report(String label, RouteProblem problem, RoutePlan plan, double seconds) {
        List<String> violations = RoutePlanCheck.violations(problem, plan);
        System.out.printf(Locale.ROOT, "%s: vehicles %d, distance %.2f, unassigned %d, %s, %.1f s%n", label, plan.vehiclesUsed(),
                plan.totalDistance(), plan.unassigned().size(), violations.isEmpty() ? "feasible" : violations.size() + " VIOLATIONS " + violations.subList(0, Math.min(3, violations.size())), seconds);
    }
}
