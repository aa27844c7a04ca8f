package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.visit.VisitBooking;
import dev.retain.app.complaint.internal.visit.VisitBookings;
import dev.retain.app.complaint.internal.visit.VisitRefused;
import dev.retain.app.complaint.internal.visit.VisitSettings;
import dev.retain.app.complaint.internal.visit.VisitWindow;
import dev.retain.app.complaint.internal.visit.VisitWindows;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.visit.VisitCandidate;
import dev.retain.engine.visit.VisitReason;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A visit day's preparation (003's 准备工作 and 约见客户): the planner checks the day's appointment
 * windows, picks customers among the candidates (003's criteria, reasons shown) and books each in a
 * checked window agreed with the customer. A window bounds the START of the visit. Numbers masked.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class VisitController {

    /** A candidate as the page shows it: masked number, reasons in 003's order. */
    record CandidateRow(long complaintId, String maskedNumber, String tier, List<String> reasons, int openComplaints, String region, String branch) {
    }

    /** A booked visit as the page shows it. */
    record BookingRow(long complaintId, String maskedNumber, String window, List<String> reasons, String bookedBy) {
    }

    private final VisitBooking booking;
    private final VisitWindows windows;
    private final VisitBookings bookings;
    private final VisitSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitController(VisitBooking booking, VisitWindows windows, VisitBookings bookings, VisitSettings settings, CurrentUser currentUser, Clock clock) {
        this.booking = booking;
        this.windows = windows;
        this.bookings = bookings;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/complaints/visits")
    String day(@RequestParam(required = false) String day, Model model) {
        LocalDate d = dayOr(day, LocalDate.now(clock).plusDays(1));
        List<VisitWindow> checked = windows.checked(d);
        Set<LocalTime> checkedStarts = new HashSet<>();
        checked.forEach(w -> checkedStarts.add(w.starts()));
        model.addAttribute("day", d);
        model.addAttribute("offered", settings.offeredWindows());
        model.addAttribute("checkedStarts", checkedStarts);
        model.addAttribute("checked", checked);
        model.addAttribute("candidates", booking.candidates().stream().map(VisitController::row).toList());
        model.addAttribute("booked", bookings.ofDay(d).stream().map(b -> new BookingRow(b.complaintId(), PersonalData.maskMsisdn(b.msisdn()),
                b.window().label(), b.reasonCodes(), b.bookedBy())).toList());
        return "complaint/visits";
    }

    @PostMapping("/complaints/visits/windows")
    String check(@RequestParam String day, @RequestParam(name = "window", required = false) List<String> starts, RedirectAttributes redirect) {
        LocalDate d = dayOr(day, null);
        if (d == null) return refused(redirect, null, "complaint.visit.refused.badDay");
        Set<LocalTime> chosen = new HashSet<>();
        try {
            if (starts != null) starts.forEach(s -> chosen.add(LocalTime.parse(s)));
        } catch (DateTimeParseException e) {
            return refused(redirect, d, "complaint.visit.refused.windowNotChecked");
        }
        windows.check(d, chosen, currentUser.get().username());
        redirect.addFlashAttribute("saved", "complaint.visit.windowsSaved");
        return "redirect:/complaints/visits?day=" + d;
    }

    @PostMapping("/complaints/visits/bookings")
    String book(@RequestParam String day, @RequestParam long complaintId, @RequestParam(defaultValue = "") String window, RedirectAttributes redirect) {
        LocalDate d = dayOr(day, null);
        if (d == null) return refused(redirect, null, "complaint.visit.refused.badDay");
        LocalTime starts;
        try {
            starts = LocalTime.parse(window);
        } catch (DateTimeParseException e) {
            return refused(redirect, d, "complaint.visit.refused.windowNotChecked");
        }
        try {
            booking.book(d, complaintId, starts, currentUser.get().username());
        } catch (VisitRefused e) {
            return refused(redirect, d, e.key());
        }
        redirect.addFlashAttribute("saved", "complaint.visit.booked");
        return "redirect:/complaints/visits?day=" + d;
    }

    private static CandidateRow row(VisitCandidate c) {
        return new CandidateRow(c.complaint().complaintId(), PersonalData.maskMsisdn(c.complaint().msisdn()), c.complaint().tier(),
                c.reasons().stream().sorted().map(VisitReason::code).toList(), c.complaintIds().size(), c.complaint().region(), c.complaint().branch());
    }

    static LocalDate dayOr(String day, LocalDate otherwise) {
        if (day == null || day.isBlank()) return otherwise;
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    private static String refused(RedirectAttributes redirect, LocalDate day, String key) {
        redirect.addFlashAttribute("refused", key);
        return "redirect:/complaints/visits" + (day == null ? "" : "?day=" + day);
    }
}
