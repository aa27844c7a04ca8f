package dev.retain.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Small days whose best plan is known by hand, solved by both planners and checked by {@link PlanFeasibility}. */
class HandMadeRouteTests {

    private static final Point DEPOT = new Point(0, 0);

    private static Shift shift(String id, double close, int capacity) {
        return new Shift(id, DEPOT, DEPOT, 0, close, capacity, Optional.empty());
    }

    private static RouteProblem problem(List<Shift> shifts, List<Stop> stops) {
        return new RouteProblem(shifts, stops, TravelTime.euclidean(), DistanceMetric.euclidean());
    }

    /**
     * B at (10,0) must start by 15, A at (0,10) any time: the only one-vehicle order is depot → B → A → depot,
     * 10 + √200 + 10 = 34.142…; two vehicles would drive 40 and use one more, A first makes B late.
     */
    @Test
    void theOnlyFeasibleOrderIsFound() {
        RouteProblem p = problem(List.of(shift("v1", 1000, 10), shift("v2", 1000, 10)),
                List.of(new Stop("A", new Point(0, 10), 0, 1000, 0, 1), new Stop("B", new Point(10, 0), 0, 15, 0, 1)));
        double optimum = 20 + Math.sqrt(200);

        RoutePlan solved = new TimefoldRoutePlanner(1).plan(p, Duration.ofSeconds(1));
        PlanFeasibility.assertFeasible(p, solved);
        assertThat(solved.vehiclesUsed()).isEqualTo(1);
        assertThat(solved.totalDistance()).isCloseTo(optimum, offset(1e-9));
        assertThat(PlanFeasibility.order(solved.routes().stream().filter(Route::used).findFirst().orElseThrow())).containsExactly("B", "A");
        assertThat(solved.unassigned()).isEmpty();

        RoutePlan baseline = new NearestNeighbourPlanner().plan(p);
        PlanFeasibility.assertFeasible(p, baseline);
        assertThat(baseline.unassigned()).isEmpty();
        assertThat(baseline.totalDistance()).isGreaterThanOrEqualTo(optimum - 1e-9);
    }

    /**
     * Loads A 6, B 4, C 6 on vehicles of 10: two vehicles are needed; {A} + {B, C} drives 10 + (5 + 0.5 + √29.25),
     * less than {A, B} + {C} (16 + 2·√29.25), and {A, C} is over capacity.
     */
    @Test
    void capacitySplitsTheStopsOverTwoVehicles() {
        Stop a = new Stop("A", new Point(3, 4), 0, 1000, 1, 6);
        Stop b = new Stop("B", new Point(-3, 4), 0, 1000, 1, 4);
        Stop c = new Stop("C", new Point(-3, 4.5), 0, 1000, 1, 6);
        RouteProblem p = problem(List.of(shift("v1", 1000, 10), shift("v2", 1000, 10), shift("v3", 1000, 10)), List.of(a, b, c));

        RoutePlan solved = new TimefoldRoutePlanner(2).plan(p, Duration.ofSeconds(1));
        PlanFeasibility.assertFeasible(p, solved);
        assertThat(solved.unassigned()).isEmpty();
        assertThat(solved.vehiclesUsed()).isEqualTo(2);
        assertThat(solved.totalDistance()).isCloseTo(15.5 + Math.sqrt(29.25), offset(1e-9));

        RoutePlan baseline = new NearestNeighbourPlanner().plan(p);
        PlanFeasibility.assertFeasible(p, baseline);
        assertThat(baseline.unassigned()).isEmpty();
    }

    /** A stop nobody can reach before its window closes stays unassigned rather than breaking its window. */
    @Test
    void anUnreachableStopStaysUnassigned() {
        Stop far = new Stop("far", new Point(100, 0), 0, 50, 0, 1);
        Stop near = new Stop("near", new Point(1, 0), 0, 1000, 0, 1);
        RouteProblem p = problem(List.of(shift("v1", 1000, 10)), List.of(far, near));
        for (RoutePlan plan : List.of(new TimefoldRoutePlanner(3).plan(p, Duration.ofSeconds(1)), new NearestNeighbourPlanner().plan(p))) {
            PlanFeasibility.assertFeasible(p, plan);
            assertThat(plan.unassigned()).containsExactly(far);
            assertThat(plan.totalDistance()).isCloseTo(2, offset(1e-9));
        }
    }

    /**
     * Visitor's day in minutes from 08:30 (0) to 17:30 (540), lunch to start 11:30–13:00 (180–270) for 60, two appointments
     * with windows bounding the start: X at 10 min away starting 60–90 (service 60), Y starting 240–270 (service 60).
     * X ends by ~130; Y's window would be reached long before 240, so lunch fits in the wait (180–240) and costs nothing.
     */
    @Test
    void lunchFitsInTheWaitBetweenAppointments() {
        Shift visitor = new Shift("visitor", DEPOT, DEPOT, 0, 540, 6, Optional.of(new Break(180, 270, 60)));
        Stop x = new Stop("X", new Point(10, 0), 60, 90, 60, 1);
        Stop y = new Stop("Y", new Point(10, 10), 240, 270, 60, 1);
        RouteProblem p = problem(List.of(visitor), List.of(y, x));
        for (RoutePlan plan : List.of(new TimefoldRoutePlanner(4).plan(p, Duration.ofSeconds(1)), new NearestNeighbourPlanner().plan(p))) {
            PlanFeasibility.assertFeasible(p, plan);
            Route r = plan.routes().get(0);
            assertThat(PlanFeasibility.order(r)).containsExactly("X", "Y");
            assertThat(r.visits().get(0).start()).isEqualTo(60);
            assertThat(r.lunchStartEnd().orElseThrow()).containsExactly(180, 240);
            assertThat(r.visits().get(1).start()).isEqualTo(250); // lunch ends 240 at X, then 10 minutes' drive
            assertThat(r.endTime()).isCloseTo(310 + Math.sqrt(200), offset(1e-9));
        }
    }

    /** Lunch whose window passes during a long visit is taken before driving to it, not after. */
    @Test
    void lunchComesBeforeAVisitThatWouldEndPastItsLatestStart() {
        Shift visitor = new Shift("visitor", DEPOT, DEPOT, 0, 540, 6, Optional.of(new Break(180, 200, 30)));
        Stop long_ = new Stop("long", new Point(5, 0), 170, 400, 120, 1);
        RouteClock.Leg leg = RouteClock.toStop(visitor.lunch().get(), false, 0, 5, long_);
        assertThat(leg.lunchStart()).isEqualTo(180);
        assertThat(leg.start()).isEqualTo(215);
        RouteProblem p = problem(List.of(visitor), List.of(long_));
        PlanFeasibility.assertFeasible(p, new NearestNeighbourPlanner().plan(p));
    }
}
