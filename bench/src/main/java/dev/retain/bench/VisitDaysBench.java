package dev.retain.bench;

import dev.retain.engine.visit.CitySpeed;
import dev.retain.engine.visit.DayVisit;
import dev.retain.engine.visit.DayVisitor;
import dev.retain.engine.visit.GeoPoint;
import dev.retain.engine.visit.VisitDayPlan;
import dev.retain.engine.visit.VisitDayPlanner;
import dev.retain.engine.visit.VisitDayRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Complaint visit days (seed 003) planned by Timefold and by the nearest-neighbour baseline on the
 * same generated days: visitors from two branch offices of Xi'an, customers spread over ~20 × 20 km,
 * each booked in one of the four default start windows; the app's settings (20 km/h, detour 1.3,
 * 60 min at the customer, lunch 60 min starting 11:30–13:00, 09:00–17:30, at most 6 visits). Prints
 * each day and the medians of visits planned, km and run time.
 */
final class VisitDaysBench {

    private static final GeoPoint CENTRE = new GeoPoint(34.2610, 108.9423);
    private static final double[] WINDOW_STARTS = {9 * 60, 10 * 60 + 30, 13 * 60 + 30, 15 * 60};

    private VisitDaysBench() {
    }

    public static void main(String[] args) {
        BenchArgs a = new BenchArgs(args);
        int days = (int) a.number("days", 5);
        int visits = (int) a.number("visits", 25);
        int visitors = (int) a.number("visitors", 5);
        long seconds = a.number("seconds", 5);
        VisitDayRules rules = new VisitDayRules(new CitySpeed(20, 1.3), 60, 6, 11 * 60 + 30, 13 * 60, 60);
        VisitDayPlanner planner = new VisitDayPlanner(rules);
        System.out.printf(Locale.ROOT, "visit days: %d days of %d visits, %d visitors, Timefold %d s, %d CPUs%n", days, visits, visitors, seconds,
                Runtime.getRuntime().availableProcessors());
        double[] tfPlanned = new double[days];
        double[] tfKm = new double[days];
        double[] tfSeconds = new double[days];
        double[] nnPlanned = new double[days];
        double[] nnKm = new double[days];
        double[] nnSeconds = new double[days];
        for (int d = 0; d < days; d++) {
            Random r = new Random(1_000 + d);
            List<DayVisitor> staff = staff(visitors);
            List<DayVisit> day = day(visits, r);
            long t0 = System.nanoTime();
            VisitDayPlan nn = planner.nearestNeighbour(staff, day);
            nnSeconds[d] = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            VisitDayPlan tf = planner.timefold(staff, day, Duration.ofSeconds(seconds));
            tfSeconds[d] = (System.nanoTime() - t0) / 1e9;
            tfPlanned[d] = tf.planned();
            tfKm[d] = tf.km();
            nnPlanned[d] = nn.planned();
            nnKm[d] = nn.km();
            System.out.printf(Locale.ROOT, "day %d: timefold %d planned, %d visitors out, %.1f km, %.0f travel min, %.1f s | nearest neighbour %d planned, %d visitors out, %.1f km, %.0f travel min, %.3f s%n",
                    d + 1, tf.planned(), tf.routes().size(), tf.km(), tf.travelMinutes(), tfSeconds[d], nn.planned(), nn.routes().size(), nn.km(),
                    nn.travelMinutes(), nnSeconds[d]);
        }
        System.out.printf(Locale.ROOT, "medians: timefold %.0f planned, %.1f km, %.1f s; nearest neighbour %.0f planned, %.1f km, %.3f s%n",
                Medians.of(tfPlanned), Medians.of(tfKm), Medians.of(tfSeconds), Medians.of(nnPlanned), Medians.of(nnKm), Medians.of(nnSeconds));
    }

    /** Visitors alternating between two branch offices ~6 km either side of the centre. */
    private static List<DayVisitor> staff(int n) {
        List<DayVisitor> staff = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeoPoint office = i % 2 == 0 ? new GeoPoint(CENTRE.lat() + 0.03, CENTRE.lon() - 0.04) : new GeoPoint(CENTRE.lat() - 0.03, CENTRE.lon() + 0.04);
            staff.add(new DayVisitor("v" + (i + 1), office, 9 * 60, 17 * 60 + 30));
        }
        return staff;
    }

    private static List<DayVisit> day(int n, Random r) {
        List<DayVisit> visits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = WINDOW_STARTS[r.nextInt(WINDOW_STARTS.length)];
            GeoPoint at = new GeoPoint(CENTRE.lat() + (r.nextDouble() - 0.5) * 0.18, CENTRE.lon() + (r.nextDouble() - 0.5) * 0.22);
            visits.add(new DayVisit(Integer.toString(i + 1), at, s, s + 90));
        }
        return visits;
    }
}
