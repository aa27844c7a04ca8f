package dev.retain.app.complaint.internal.demo;

import dev.retain.app.calendar.WorkingDays;
import dev.retain.app.complaint.internal.visit.VisitBooking;
import dev.retain.app.complaint.internal.visit.VisitCustomersReadModel;
import dev.retain.app.complaint.internal.visit.VisitCustomersReadModel.CustomerPlace;
import dev.retain.app.complaint.internal.visit.VisitDayPlanning;
import dev.retain.app.complaint.internal.visit.VisitDayPlans;
import dev.retain.app.complaint.internal.visit.VisitRefused;
import dev.retain.app.complaint.internal.visit.VisitSettings;
import dev.retain.app.complaint.internal.visit.VisitWindow;
import dev.retain.app.complaint.internal.visit.VisitWindows;
import dev.retain.app.complaint.internal.visit.Visitors;
import dev.retain.app.complaint.internal.visit.Visitors.Visitor;
import dev.retain.engine.visit.VisitCandidate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo's visit day (issue 13 point 8): the next working day's windows checked, visitors at the
 * branch with the most located visit candidates (their office at the candidates' centre), up to
 * {@link #VISITS} candidates booked across the windows, and the day planned through the real solver.
 * Once: a day that has a plan already is left as it is.
 */
@Component
public class DemoVisits {

    static final int VISITS = 14;
    static final int VISITORS = 3;

    /** What the demo planned. */
    public record Planned(LocalDate day, int booked, int planned, int visitors) {
    }

    private final VisitBooking booking;
    private final VisitCustomersReadModel customers;
    private final VisitWindows windows;
    private final VisitSettings settings;
    private final Visitors visitors;
    private final VisitDayPlanning planning;
    private final VisitDayPlans plans;
    private final WorkingDays workingDays;
    private final Clock clock;

    DemoVisits(VisitBooking booking, VisitCustomersReadModel customers, VisitWindows windows, VisitSettings settings, Visitors visitors,
               VisitDayPlanning planning, VisitDayPlans plans, WorkingDays workingDays, Clock clock) {
        this.booking = booking;
        this.customers = customers;
        this.windows = windows;
        this.settings = settings;
        this.visitors = visitors;
        this.planning = planning;
        this.plans = plans;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The next working day's visits. */
    public Optional<Planned> seed() {
        return seedOn(nextWorkingDay(LocalDate.now(clock)));
    }

    public Optional<Planned> seedOn(LocalDate day) {
        if (plans.of(day).isPresent()) return Optional.empty();
        List<VisitCandidate> candidates = booking.candidates();
        Map<String, CustomerPlace> places = customers.places(candidates.stream().map(c -> c.complaint().msisdn()).toList());
        List<VisitCandidate> located = candidates.stream()
                .filter(c -> places.containsKey(c.complaint().msisdn()) && places.get(c.complaint().msisdn()).located()).toList();
        // one branch's customers: a visitor team covers a district, not the province
        Optional<String> branch = located.stream().map(c -> places.get(c.complaint().msisdn()).branch()).filter(b -> b != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
        if (branch.isEmpty()) return Optional.empty();
        List<VisitCandidate> chosen = located.stream().filter(c -> branch.get().equals(places.get(c.complaint().msisdn()).branch()))
                .limit(VISITS).toList();
        double lat = chosen.stream().mapToDouble(c -> places.get(c.complaint().msisdn()).lat()).average().orElseThrow();
        double lon = chosen.stream().mapToDouble(c -> places.get(c.complaint().msisdn()).lon()).average().orElseThrow();
        for (int i = 1; i <= VISITORS; i++) {
            visitors.save(new Visitor("V-DEMO-" + i, VISITOR_NAMES.get(i - 1), branch.get(), null, lat, lon,
                    LocalTime.of(8, 30), LocalTime.of(17, 30)));
        }
        List<VisitWindow> offered = settings.offeredWindows();
        windows.check(day, offered.stream().map(VisitWindow::starts).collect(Collectors.toSet()), DemoComplaints.HANDLER);
        int booked = 0;
        for (VisitCandidate c : chosen) {
            try {
                booking.book(day, c.complaintIds().get(0), offered.get(booked % offered.size()).starts(), DemoComplaints.HANDLER);
                booked++;
            } catch (VisitRefused alreadyBooked) {
                // a customer booked by an earlier, interrupted start keeps that booking
            }
        }
        var plan = planning.plan(day, DemoComplaints.HANDLER);
        int planned = plan.routes().stream().mapToInt(r -> r.visits().size()).sum();
        return Optional.of(new Planned(day, booked, planned, VISITORS));
    }

    private LocalDate nextWorkingDay(LocalDate today) {
        LocalDate d = today.plusDays(1);
        while (!workingDays.isWorkingDay(d)) d = d.plusDays(1);
        return d;
    }

    static final List<String> VISITOR_NAMES = List.of("赵立新", "孙慧", "钱志远");
}
