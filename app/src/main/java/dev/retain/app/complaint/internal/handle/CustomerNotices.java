package dev.retain.app.complaint.internal.handle;

import dev.retain.app.complaint.ComplaintStateChanged;
import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customer that their complaint was taken in and, later, that it was settled (issue 13:
 * "notices go through the outbox"): the {@code complaint_update} template on the customer's
 * preferred channel, through {@link Outbox} and its contact policy. One notice per complaint and
 * state (the idempotency key), so a redelivered event sends nothing twice. A complaint taken in
 * long after it was received is history from a bulk import: the customer is not told again.
 */
@Component
class CustomerNotices {

    static final String TEMPLATE = "complaint_update";
    static final Set<String> TOLD = Set.of("intake", "closed");
    /** An intake this long after the complaint itself is an import of old records. */
    static final Duration FRESH = Duration.ofDays(1);
    private static final Locale CUSTOMERS = Locale.SIMPLIFIED_CHINESE;

    private final Complaints complaints;
    private final Outbox outbox;
    private final MessageSource messages;

    CustomerNotices(Complaints complaints, Outbox outbox, MessageSource messages) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ComplaintStateChanged changed) {
        if (!TOLD.contains(changed.toState())) return;
        ComplaintView c = complaints.find(changed.complaintId()).orElse(null);
        if (c == null) return;
        if (changed.toState().equals("intake") && c.receivedAt().isBefore(changed.at().minus(FRESH))) return;
        String status = messages.getMessage("complaint.notice.status." + changed.toState(), null, CUSTOMERS);
        outbox.queue(OutboundMessage.toCustomer(c.msisdn(), null, MessageClass.SERVICE, TEMPLATE,
                Map.of("ticket", String.valueOf(c.id()), "status", status), "complaint",
                "complaint:" + c.id() + ":" + changed.toState()));
    }
}
