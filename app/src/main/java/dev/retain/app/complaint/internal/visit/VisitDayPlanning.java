package dev.retain.app.complaint.internal.visit;

import dev.retain.engine.visit.CitySpeed;
import dev.retain.engine.visit.DayVisit;
import dev.retain.engine.visit.DayVisitor;
import dev.retain.engine.visit.GeoPoint;
import dev.retain.engine.visit.VisitDayPlan;
import dev.retain.engine.visit.VisitDayPlanner;
import dev.retain.engine.visit.VisitDayRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Plans a visit day: the active visitors and the day's booked visits (customers' lat/lon from the
 * subscriber record) go to Timefold for {@code retain.visits.solver-seconds}, and the same day to
 * the nearest-neighbour baseline for comparison; the Timefold plan is stored (replacing any
 * earlier one), the baseline's figures beside it. The solver runs outside any transaction.
 */
@Service
public class VisitDayPlanning {

    private final Visitors visitors;
    private final VisitBookings bookings;
    private final VisitCustomersReadModel customers;
    private final VisitDayPlans plans;
    private final VisitSettings settings;

    VisitDayPlanning(Visitors visitors, VisitBookings bookings, VisitCustomersReadModel customers, VisitDayPlans plans, VisitSettings settings) {
        this.visitors = visitors;
        this.bookings = bookings;
        this.customers = customers;
        this.plans = plans;
        this.settings = settings;
    }

    public VisitDayPlan plan(LocalDate day, String by) {
        List<DayVisitor> staff = visitors.active().stream()
                .map(v -> new DayVisitor(v.id(), new GeoPoint(v.officeLat(), v.officeLon()), minutes(v.worksFrom()), minutes(v.worksTo()))).toList();
        if (staff.isEmpty()) throw new VisitRefused("complaint.visit.refused.noVisitors");
        List<VisitBookings.Booking> booked = bookings.ofDay(day);
        if (booked.isEmpty()) throw new VisitRefused("complaint.visit.refused.noBookings");
        Map<String, VisitCustomersReadModel.CustomerPlace> places = customers.places(booked.stream().map(VisitBookings.Booking::msisdn).toList());
        List<DayVisit> visits = booked.stream().map(b -> {
            VisitCustomersReadModel.CustomerPlace p = places.get(b.msisdn());
            GeoPoint at = p != null && p.located() ? new GeoPoint(p.lat(), p.lon()) : null;
            return new DayVisit(Long.toString(b.id()), at, minutes(b.window().starts()), minutes(b.window().ends()));
        }).toList();
        VisitDayPlanner planner = new VisitDayPlanner(rules());
        VisitDayPlan solved = planner.timefold(staff, visits, Duration.ofMillis((long) (settings.solverSeconds() * 1000)));
        VisitDayPlan baseline = planner.nearestNeighbour(staff, visits);
        plans.replace(day, by, solved, baseline);
        return solved;
    }

    VisitDayRules rules() {
        return new VisitDayRules(new CitySpeed(settings.kmPerHour(), settings.detourFactor()), settings.serviceMinutes(),
                settings.maxVisitsPerVisitor(), minutes(settings.lunchEarliest()), minutes(settings.lunchLatest()), settings.lunchMinutes());
    }

    static double minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }
}
