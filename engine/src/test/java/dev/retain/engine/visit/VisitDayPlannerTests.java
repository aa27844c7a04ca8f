package dev.retain.engine.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A visit day through the route planner: every planned visit starts inside its window, the lunch
 * sits in its window, each visitor is back by the end of their hours and does at most the daily
 * maximum; a customer without a location and a window no one can reach stay unplanned with their
 * reason; Timefold drives no further than the nearest-neighbour baseline on the same day.
 */
class VisitDayPlannerTests {

    private static final VisitDayRules RULES = new VisitDayRules(new CitySpeed(20, 1.3), 60, 6, 11 * 60 + 30, 13 * 60, 60);
    private static final GeoPoint OFFICE = new GeoPoint(34.2610, 108.9423);

    @Test
    void aDayOfTwelveVisitsForThreeVisitorsKeepsEveryRuleAndBeatsOrMatchesTheBaseline() {
        List<DayVisitor> staff = List.of(visitor("v1"), visitor("v2"), visitor("v3"));
        List<DayVisit> visits = day(12, new Random(5));

        VisitDayPlan timefold = new VisitDayPlanner(RULES).timefold(staff, visits, Duration.ofSeconds(1));
        VisitDayPlan baseline = new VisitDayPlanner(RULES).nearestNeighbour(staff, visits);

        for (VisitDayPlan plan : List.of(timefold, baseline)) {
            assertKeepsTheRules(plan, staff, visits);
        }
        assertThat(timefold.planned()).isEqualTo(12);
        assertThat(timefold.planned()).isGreaterThanOrEqualTo(baseline.planned());
        if (timefold.planned() == baseline.planned()) assertThat(timefold.km()).isLessThanOrEqualTo(baseline.km() + 1e-6);
        assertThat(timefold.solver()).isEqualTo("timefold");
        assertThat(baseline.solver()).isEqualTo("nearest_neighbour");
    }

    @Test
    void aCustomerWithoutALocationAndAWindowBeforeTheHoursStayUnplannedWithTheirReason() {
        List<DayVisitor> staff = List.of(visitor("v1"));
        List<DayVisit> visits = List.of(new DayVisit("1", near(0.01, 0.01), 9 * 60, 10 * 60 + 30),
                new DayVisit("2", null, 9 * 60, 10 * 60 + 30),
                new DayVisit("3", near(0.02, -0.01), 6 * 60, 6 * 60 + 30));

        VisitDayPlan plan = new VisitDayPlanner(RULES).timefold(staff, visits, Duration.ofMillis(500));

        assertThat(plan.planned()).isEqualTo(1);
        assertThat(plan.noLocation()).containsExactly("2");
        assertThat(plan.noRoom()).containsExactly("3");
        PlannedRoute route = plan.routes().get(0);
        PlannedVisit only = route.visits().get(0);
        double legKm = new LocalPlane(OFFICE).km(OFFICE, near(0.01, 0.01));
        // the plane's origin is the day's centre, not the office: the leg is the same distance within a metre
        assertThat(only.travelMinutes()).isCloseTo(RULES.speed().minutesFor(legKm), org.assertj.core.api.Assertions.within(0.01));
        assertThat(route.km()).isCloseTo(2 * legKm, org.assertj.core.api.Assertions.within(0.01));
    }

    private static void assertKeepsTheRules(VisitDayPlan plan, List<DayVisitor> staff, List<DayVisit> visits) {
        Set<String> seen = new HashSet<>();
        for (PlannedRoute r : plan.routes()) {
            DayVisitor v = staff.stream().filter(s -> s.id().equals(r.visitorId())).findFirst().orElseThrow();
            assertThat(r.visits()).as(plan.solver() + " " + r.visitorId()).hasSizeLessThanOrEqualTo(RULES.maxVisitsPerVisitor());
            assertThat(r.leaves()).isGreaterThanOrEqualTo(v.worksFrom() - 1e-6);
            assertThat(r.back()).isLessThanOrEqualTo(v.worksTo() + 1e-6);
            if (r.lunchStart() != null) {
                assertThat(r.lunchStart()).isBetween(RULES.lunchEarliest() - 1e-6, RULES.lunchLatest() + 1e-6);
                assertThat(r.lunchEnd() - r.lunchStart()).isCloseTo(RULES.lunchMinutes(), org.assertj.core.api.Assertions.within(1e-6));
            }
            double previousEnd = r.leaves();
            for (PlannedVisit p : r.visits()) {
                DayVisit booked = visits.stream().filter(b -> b.id().equals(p.visitId())).findFirst().orElseThrow();
                assertThat(p.start()).as(plan.solver() + " visit " + p.visitId() + " starts in its window")
                        .isBetween(booked.windowStarts() - 1e-6, booked.windowEnds() + 1e-6);
                assertThat(p.start()).isGreaterThanOrEqualTo(p.arrival() - 1e-6);
                assertThat(p.end() - p.start()).isCloseTo(RULES.serviceMinutes(), org.assertj.core.api.Assertions.within(1e-6));
                assertThat(p.arrival()).isGreaterThanOrEqualTo(previousEnd + p.travelMinutes() - 1e-6);
                previousEnd = p.end();
                assertThat(seen.add(p.visitId())).as("planned once").isTrue();
            }
        }
        assertThat(seen.size() + plan.noRoom().size() + plan.noLocation().size()).isEqualTo(visits.size());
    }

    private static DayVisitor visitor(String id) {
        return new DayVisitor(id, OFFICE, 9 * 60, 17 * 60 + 30);
    }

    private static GeoPoint near(double dLat, double dLon) {
        return new GeoPoint(OFFICE.lat() + dLat, OFFICE.lon() + dLon);
    }

    /** Visits within ~8 km of the office, spread over four windows (starts 09:00, 10:30, 13:30, 15:00; 90 minutes each). */
    static List<DayVisit> day(int n, Random r) {
        double[] starts = {9 * 60, 10 * 60 + 30, 13 * 60 + 30, 15 * 60};
        List<DayVisit> visits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = starts[i % starts.length];
            visits.add(new DayVisit(Integer.toString(i + 1), near((r.nextDouble() - 0.5) * 0.14, (r.nextDouble() - 0.5) * 0.17), s, s + 90));
        }
        return visits;
    }
}
