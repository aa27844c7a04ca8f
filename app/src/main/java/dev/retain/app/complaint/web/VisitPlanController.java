package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.visit.VisitBookings;
import dev.retain.app.complaint.internal.visit.VisitCustomersReadModel;
import dev.retain.app.complaint.internal.visit.VisitDayPlanning;
import dev.retain.app.complaint.internal.visit.VisitDayPlans;
import dev.retain.app.complaint.internal.visit.VisitDayPlans.StoredPlan;
import dev.retain.app.complaint.internal.visit.VisitRefused;
import dev.retain.app.complaint.internal.visit.Visitors;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning a visit day and its plan: per visitor the visits in order (arrival, start, end, travel),
 * a timeline chart, the visits that could not be planned with the reason, and the solver's figures
 * beside the nearest-neighbour baseline's on the same day.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class VisitPlanController {

    record StopRow(int seq, String maskedNumber, String address, String window, String arrival, String start, String end, String travel) {
    }

    record RouteView(String visitorId, String visitorName, String leaves, String back, String lunch, String km, List<StopRow> stops) {
    }

    record UnplannedRow(String maskedNumber, String window, String reason) {
    }

    private final VisitDayPlanning planning;
    private final VisitDayPlans plans;
    private final VisitBookings bookings;
    private final VisitCustomersReadModel customers;
    private final Visitors visitors;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitPlanController(VisitDayPlanning planning, VisitDayPlans plans, VisitBookings bookings, VisitCustomersReadModel customers,
                        Visitors visitors, CurrentUser currentUser, Clock clock) {
        this.planning = planning;
        this.plans = plans;
        this.bookings = bookings;
        this.customers = customers;
        this.visitors = visitors;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping("/complaints/visits/plan")
    String plan(@RequestParam String day, RedirectAttributes redirect) {
        LocalDate d = VisitController.dayOr(day, null);
        if (d == null) {
            redirect.addFlashAttribute("refused", "complaint.visit.refused.badDay");
            return "redirect:/complaints/visits";
        }
        try {
            planning.plan(d, currentUser.get().username());
        } catch (VisitRefused e) {
            redirect.addFlashAttribute("refused", e.key());
            return "redirect:/complaints/visits?day=" + d;
        }
        return "redirect:/complaints/visits/plan?day=" + d;
    }

    @GetMapping("/complaints/visits/plan")
    String show(@RequestParam(required = false) String day, Model model) {
        LocalDate d = VisitController.dayOr(day, LocalDate.now(clock).plusDays(1));
        model.addAttribute("day", d);
        Optional<StoredPlan> plan = plans.of(d);
        model.addAttribute("plan", plan.map(StoredPlan::header).orElse(null));
        if (plan.isEmpty()) return "complaint/visit-plan";
        Map<Long, VisitBookings.Booking> booked = new HashMap<>();
        bookings.ofDay(d).forEach(b -> booked.put(b.id(), b));
        Map<String, VisitCustomersReadModel.CustomerPlace> places = customers.places(booked.values().stream().map(VisitBookings.Booking::msisdn).toList());
        Map<String, String> names = new HashMap<>();
        visitors.active().forEach(v -> names.put(v.id(), v.name()));
        List<RouteView> routes = new ArrayList<>();
        for (VisitDayPlans.StoredRoute r : plan.get().routes()) {
            List<StopRow> stops = r.stops().stream().map(s -> {
                VisitBookings.Booking b = booked.get(s.bookingId());
                VisitCustomersReadModel.CustomerPlace p = places.get(b.msisdn());
                return new StopRow(s.seq(), PersonalData.maskMsisdn(b.msisdn()), p == null || p.address() == null ? "—" : p.address(),
                        b.window().label(), clock(s.arrival()), clock(s.starts()), clock(s.ends()), String.format("%.0f", s.travelMinutes()));
            }).toList();
            String lunch = r.lunchStart() == null ? "—" : clock(r.lunchStart()) + "–" + clock(r.lunchEnd());
            routes.add(new RouteView(r.visitorId(), names.getOrDefault(r.visitorId(), r.visitorId()), clock(r.leavesAt()), clock(r.backAt()),
                    lunch, String.format("%.1f", r.km()), stops));
        }
        model.addAttribute("routes", routes);
        model.addAttribute("unplanned", plan.get().unplanned().stream().map(u -> {
            VisitBookings.Booking b = booked.get(u.bookingId());
            return new UnplannedRow(PersonalData.maskMsisdn(b.msisdn()), b.window().label(), "complaint.visit.plan.unplanned." + u.reason());
        }).toList());
        model.addAttribute("timeline", VisitTimeline.of(plan.get().routes(), names));
        return "complaint/visit-plan";
    }

    /** Minutes after midnight as a clock time (09:05). */
    static String clock(double minutes) {
        long m = Math.round(minutes);
        return String.format("%02d:%02d", m / 60, m % 60);
    }
}
