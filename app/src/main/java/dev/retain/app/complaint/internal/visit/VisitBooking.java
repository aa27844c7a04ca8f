package dev.retain.app.complaint.internal.visit;

import dev.retain.engine.visit.VisitCandidate;
import dev.retain.engine.visit.VisitCandidates;
import dev.retain.engine.visit.VisitReason;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picking and booking visits: the candidates by 003's criteria (from the open complaints now), and a
 * booking in one of the day's checked windows for a customer who is a candidate.
 */
@Service
public class VisitBooking {

    private final VisitCustomersReadModel customers;
    private final VisitWindows windows;
    private final VisitBookings bookings;
    private final VisitSettings settings;
    private final Clock clock;

    VisitBooking(VisitCustomersReadModel customers, VisitWindows windows, VisitBookings bookings, VisitSettings settings, Clock clock) {
        this.customers = customers;
        this.windows = windows;
        this.bookings = bookings;
        this.settings = settings;
        this.clock = clock;
    }

    public List<VisitCandidate> candidates() {
        return new VisitCandidates(settings.clusterSize(), settings.overdueDays()).pick(customers.openComplaints(), LocalDate.now(clock));
    }

    /** Books the candidate whose open complaints include {@code complaintId} for {@code day}, starting in the checked window at {@code windowStarts}. */
    @Transactional
    public void book(LocalDate day, long complaintId, LocalTime windowStarts, String by) {
        if (day.isBefore(LocalDate.now(clock))) throw new VisitRefused("complaint.visit.refused.pastDay");
        VisitWindow window = windows.checked(day).stream().filter(w -> w.starts().equals(windowStarts)).findFirst()
                .orElseThrow(() -> new VisitRefused("complaint.visit.refused.windowNotChecked"));
        VisitCandidate candidate = candidates().stream().filter(c -> c.complaintIds().contains(complaintId)).findFirst()
                .orElseThrow(() -> new VisitRefused("complaint.visit.refused.notACandidate"));
        String reasons = candidate.reasons().stream().sorted().map(VisitReason::code).collect(Collectors.joining(","));
        if (!bookings.book(day, candidate.complaint().msisdn(), candidate.complaint().complaintId(), window, reasons, by)) {
            throw new VisitRefused("complaint.visit.refused.alreadyBooked");
        }
    }
}
