package dev.retain.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both planners on real Solomon instances with the instance's own fleet: both plans feasible, and Timefold (2 s) never
 * worse than the nearest-neighbour baseline, in vehicles and in distance. The benchmark (bench solomon) runs them longer.
 */
class SolomonPlannersTests {

    @Test
    void onC101TimefoldBeatsNearestNeighbourAndBothAreFeasible() throws IOException {
        RouteProblem c101 = SolomonInstancesTests.instance("C101");
        RoutePlan baseline = new NearestNeighbourPlanner().plan(c101);
        RoutePlan solved = new TimefoldRoutePlanner(7).plan(c101, Duration.ofSeconds(2));

        PlanFeasibility.assertFeasible(c101, baseline);
        PlanFeasibility.assertFeasible(c101, solved);
        assertThat(RoutePlanCheck.violations(c101, solved)).isEmpty();
        assertThat(baseline.unassigned()).isEmpty();
        assertThat(solved.unassigned()).isEmpty();
        assertThat(solved.vehiclesUsed()).isLessThanOrEqualTo(baseline.vehiclesUsed());
        assertThat(solved.totalDistance()).isLessThan(baseline.totalDistance());
        // no plan beats the best known (SINTEF: 10 vehicles, 828.94)
        assertThat(solved.vehiclesUsed()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void onR101TheBaselineIsFeasibleAndTimefoldKeepsEveryHardRule() throws IOException {
        RouteProblem r101 = SolomonInstancesTests.instance("R101");
        RoutePlan baseline = new NearestNeighbourPlanner().plan(r101);
        RoutePlan solved = new TimefoldRoutePlanner(7).plan(r101, Duration.ofSeconds(2));
        PlanFeasibility.assertFeasible(r101, baseline);
        PlanFeasibility.assertFeasible(r101, solved);
        assertThat(solved.unassigned().size()).isLessThanOrEqualTo(baseline.unassigned().size());
    }

    @Test
    void theSameSeedAndMoveCountGiveTheSamePlan() throws IOException {
        RouteProblem r101 = SolomonInstancesTests.instance("R101");
        RouteProblem first25 = new RouteProblem(r101.shifts().subList(0, 8), r101.stops().subList(0, 25), r101.travel(), r101.distance());
        TimefoldRoutePlanner planner = new TimefoldRoutePlanner(42);
        RoutePlan one = planner.planWithMoveLimit(first25, 20_000, Duration.ofSeconds(30));
        RoutePlan two = planner.planWithMoveLimit(first25, 20_000, Duration.ofSeconds(30));
        PlanFeasibility.assertFeasible(first25, one);
        assertThat(orders(two)).isEqualTo(orders(one));
        assertThat(two.totalDistance()).isEqualTo(one.totalDistance());
    }

    private static List<List<String>> orders(RoutePlan plan) {
        return plan.routes().stream().map(PlanFeasibility::order).toList();
    }
}
