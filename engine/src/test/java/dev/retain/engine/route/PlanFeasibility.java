package dev.retain.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a plan against its problem from first principles, without {@link RouteClock}: every stop exactly once (in a
 * route or unassigned), each visit after the drive from the previous place (plus lunch when lunch falls between), service
 * starting inside the window, load within capacity, lunch inside its window and not during a visit, the day ending
 * by the shift's close, and distances that add up exactly.
 */
final class PlanFeasibility {

    private static final double EPS = 1e-6;

    private PlanFeasibility() {
    }

    static void assertFeasible(RouteProblem problem, RoutePlan plan) {
        assertThat(plan.routes()).extracting(Route::shift).containsExactlyElementsOf(problem.shifts());
        Set<String> seen = new HashSet<>();
        for (Route route : plan.routes()) for (Visit v : route.visits()) assertThat(seen.add(v.stop().id())).as("stop %s planned twice", v.stop().id()).isTrue();
        for (Stop s : plan.unassigned()) assertThat(seen.add(s.id())).as("stop %s both planned and unassigned", s.id()).isTrue();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(problem.stops().stream().map(Stop::id).toList());

        double total = 0;
        int used = 0;
        for (Route route : plan.routes()) {
            assertRouteFeasible(problem, route);
            total += route.distance();
            if (route.used()) used++;
        }
        assertThat(plan.vehiclesUsed()).isEqualTo(used);
        assertThat(plan.totalDistance()).isCloseTo(total, org.assertj.core.data.Offset.offset(EPS));
    }

    static void assertRouteFeasible(RouteProblem problem, Route route) {
        Shift shift = route.shift();
        String name = shift.vehicleId();
        if (!route.used()) {
            assertThat(route.distance()).as("%s unused drives nothing", name).isZero();
            assertThat(route.lunchStartEnd()).as("%s unused has no lunch", name).isEmpty();
            return;
        }
        int load = route.visits().stream().mapToInt(v -> v.stop().demand()).sum();
        assertThat(load).as("%s load", name).isLessThanOrEqualTo(shift.capacity());

        double[] lunch = route.lunchStartEnd().orElse(null);
        if (shift.lunch().isPresent()) {
            Break b = shift.lunch().get();
            assertThat(lunch).as("%s takes its lunch", name).isNotNull();
            assertThat(lunch[0]).as("%s lunch start", name).isBetween(b.earliestStart() - EPS, b.latestStart() + EPS);
            assertThat(lunch[1] - lunch[0]).as("%s lunch length", name).isCloseTo(b.duration(), org.assertj.core.data.Offset.offset(EPS));
        } else {
            assertThat(lunch).as("%s has no lunch", name).isNull();
        }

        Point here = shift.start();
        double free = shift.open();
        double distance = 0;
        for (Visit v : route.visits()) {
            Stop s = v.stop();
            double drive = problem.travel().between(here, s.at());
            double earliestArrival = free + drive;
            if (lunch != null && lunch[0] >= free - EPS && lunch[1] <= v.arrival() + EPS && lunch[0] < v.start()) {
                earliestArrival = Math.max(earliestArrival, lunch[1] + drive);
            }
            assertThat(v.arrival()).as("%s arrival at %s", name, s.id()).isGreaterThanOrEqualTo(earliestArrival - EPS);
            assertThat(v.start()).as("%s start at %s", name, s.id()).isGreaterThanOrEqualTo(Math.max(v.arrival(), s.readyTime()) - EPS);
            assertThat(v.start()).as("%s start at %s within due %s", name, s.id(), s.dueTime()).isLessThanOrEqualTo(s.dueTime() + EPS);
            assertThat(v.end()).as("%s end at %s", name, s.id()).isCloseTo(v.start() + s.serviceTime(), org.assertj.core.data.Offset.offset(EPS));
            if (lunch != null) {
                boolean overlaps = lunch[0] < v.end() - EPS && lunch[1] > v.start() + EPS;
                assertThat(overlaps).as("%s lunch during the visit to %s", name, s.id()).isFalse();
            }
            distance += problem.distance().between(here, s.at());
            here = s.at();
            free = v.end();
        }
        distance += problem.distance().between(here, shift.end());
        if (lunch != null && lunch[0] >= free - EPS) assertThat(route.endTime()).as("%s back after lunch", name).isGreaterThanOrEqualTo(lunch[1] - EPS);
        assertThat(route.endTime()).as("%s back", name).isGreaterThanOrEqualTo(free + problem.travel().between(here, shift.end()) - EPS);
        assertThat(route.endTime()).as("%s back by close %s", name, shift.close()).isLessThanOrEqualTo(shift.close() + EPS);
        assertThat(route.distance()).as("%s distance", name).isCloseTo(distance, org.assertj.core.data.Offset.offset(EPS));
    }

    static List<String> order(Route route) {
        return route.visits().stream().map(v -> v.stop().id()).toList();
    }
}
