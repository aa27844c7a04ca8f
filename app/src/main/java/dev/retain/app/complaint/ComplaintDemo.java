package dev.retain.app.complaint;

import dev.retain.app.complaint.internal.demo.DemoComplaints;
import dev.retain.app.complaint.internal.demo.DemoVisits;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The demo's complaints and work orders in every state (for {@code retain demo}); safe to call on every start. */
@Service
public class ComplaintDemo {

    private final DemoComplaints demo;
    private final DemoVisits visits;

    ComplaintDemo(DemoComplaints demo, DemoVisits visits) {
        this.demo = demo;
        this.visits = visits;
    }

    /** What one seeding did. */
    public record Seeded(int complaints, int created, int sampled) {
    }

    public Seeded seed() {
        DemoComplaints.Seeded s = demo.seed();
        return new Seeded(s.complaints(), s.created(), s.sampled());
    }

    /** The next working day's visits booked and planned (none when that day has a plan already). */
    public record VisitDay(LocalDate day, int booked, int planned, int visitors) {
    }

    public Optional<VisitDay> planVisitDay() {
        return visits.seed().map(ComplaintDemo::visitDay);
    }

    /** The same on a given day (tests: a day no other test plans). */
    Optional<VisitDay> planVisitDay(LocalDate day) {
        return visits.seedOn(day).map(ComplaintDemo::visitDay);
    }

    private static VisitDay visitDay(DemoVisits.Planned p) {
        return new VisitDay(p.day(), p.booked(), p.planned(), p.visitors());
    }
}
