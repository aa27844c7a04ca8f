package dev.retain.app.complaint.internal.visit;

import dev.retain.engine.visit.PlannedRoute;
import dev.retain.engine.visit.PlannedVisit;
import dev.retain.engine.visit.VisitDayPlan;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored plan of a visit day ({@code complaint_visit_plan}, its routes and stops): planning again replaces it. */
@Component
public class VisitDayPlans {

    public record Header(LocalDate day, String plannedBy, String solver, int solverMillis, int visitsPlanned, double travelKm,
                         double travelMinutes, int baselinePlanned, double baselineKm) {
    }

    public record StoredStop(long bookingId, int seq, double arrival, double starts, double ends, double travelMinutes) {
    }

    public record StoredRoute(String visitorId, double leavesAt, double backAt, Double lunchStart, Double lunchEnd, double km,
                              List<StoredStop> stops) {
    }

    public record Unplanned(long bookingId, String reason) {
    }

    public record StoredPlan(Header header, List<StoredRoute> routes, List<Unplanned> unplanned) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    VisitDayPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the solver's plan of the day (visit ids are booking ids) with the baseline's figures beside it. */
    @Transactional
    public void replace(LocalDate day, String by, VisitDayPlan plan, VisitDayPlan baseline) {
        // two planners saving the same day at once: the second waits and replaces the first's plan
        jdbc.sql("select pg_advisory_xact_lock(hashtext('complaint_visit_plan:' || ?::text))").param(day.toString()).query(Object.class).single();
        jdbc.sql("delete from complaint_visit_plan where day = ?").param(day).update();
        jdbc.sql("""
                        insert into complaint_visit_plan (day, planned_at, planned_by, solver, solver_millis, visits_planned, travel_km, travel_minutes,
                                                          baseline_planned, baseline_travel_km)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(day, Timestamp.from(clock.instant()), by, plan.solver(), (int) plan.millis(), plan.planned(), plan.km(),
                        plan.travelMinutes(), baseline.planned(), baseline.km())
                .update();
        for (PlannedRoute r : plan.routes()) {
            jdbc.sql("""
                            insert into complaint_visit_route (day, visitor_id, leaves_at, back_at, lunch_start, lunch_end, travel_km)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(day, r.visitorId(), r.leaves(), r.back(), r.lunchStart(), r.lunchEnd(), r.km()).update();
            for (PlannedVisit v : r.visits()) {
                jdbc.sql("""
                                insert into complaint_visit_stop (day, booking_id, visitor_id, seq, arrival, starts, ends, travel_minutes)
                                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(day, Long.parseLong(v.visitId()), r.visitorId(), v.seq(), v.arrival(), v.start(), v.end(), v.travelMinutes())
                        .update();
            }
        }
        for (String id : plan.noLocation()) unplanned(day, id, "no_location");
        for (String id : plan.noRoom()) unplanned(day, id, "no_room");
    }

    private void unplanned(LocalDate day, String bookingId, String reason) {
        jdbc.sql("insert into complaint_visit_stop (day, booking_id, unplanned) values (?, ?, ?)").params(day, Long.parseLong(bookingId), reason).update();
    }

    public Optional<StoredPlan> of(LocalDate day) {
        Optional<Header> header = jdbc.sql("""
                        select day, planned_by, solver, solver_millis, visits_planned, travel_km, travel_minutes, baseline_planned, baseline_travel_km
                        from complaint_visit_plan where day = ?""")
                .param(day)
                .query((rs, i) -> new Header(rs.getObject("day", LocalDate.class), rs.getString("planned_by"), rs.getString("solver"),
                        rs.getInt("solver_millis"), rs.getInt("visits_planned"), rs.getDouble("travel_km"), rs.getDouble("travel_minutes"),
                        rs.getInt("baseline_planned"), rs.getDouble("baseline_travel_km")))
                .optional();
        if (header.isEmpty()) return Optional.empty();
        List<StoredRoute> routes = new ArrayList<>();
        for (StoredRoute r : jdbc.sql("""
                        select visitor_id, leaves_at, back_at, lunch_start, lunch_end, travel_km from complaint_visit_route
                        where day = ? order by visitor_id""")
                .param(day)
                .query((rs, i) -> new StoredRoute(rs.getString("visitor_id"), rs.getDouble("leaves_at"), rs.getDouble("back_at"),
                        (Double) rs.getObject("lunch_start"), (Double) rs.getObject("lunch_end"), rs.getDouble("travel_km"), List.of()))
                .list()) {
            List<StoredStop> stops = jdbc.sql("""
                            select booking_id, seq, arrival, starts, ends, travel_minutes from complaint_visit_stop
                            where day = ? and visitor_id = ? order by seq""")
                    .params(day, r.visitorId())
                    .query((rs, i) -> new StoredStop(rs.getLong("booking_id"), rs.getInt("seq"), rs.getDouble("arrival"), rs.getDouble("starts"),
                            rs.getDouble("ends"), rs.getDouble("travel_minutes")))
                    .list();
            routes.add(new StoredRoute(r.visitorId(), r.leavesAt(), r.backAt(), r.lunchStart(), r.lunchEnd(), r.km(), stops));
        }
        List<Unplanned> unplanned = jdbc.sql("select booking_id, unplanned from complaint_visit_stop where day = ? and visitor_id is null order by booking_id")
                .param(day).query((rs, i) -> new Unplanned(rs.getLong(1), rs.getString(2))).list();
        return Optional.of(new StoredPlan(header.get(), routes, unplanned));
    }
}
