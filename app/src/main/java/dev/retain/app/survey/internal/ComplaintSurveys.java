package dev.retain.app.survey.internal;

import dev.retain.app.complaint.ComplaintStateChanged;
import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.survey.SurveyLinks;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The survey after a closed complaint (SPEC R9.4): complaint publishes {@link ComplaintStateChanged} durably with the
 * close; after its commit this sends the customer a survey link carrying over the closing callback's satisfaction
 * (1..5, when the customer was reached). Once per complaint (a redelivered event finds it sent), and not to a customer
 * asked within the window.
 */
@Component
class ComplaintSurveys {

    static final String LISTENER_ID = "survey.after-closed-complaint";
    static final String SENDER = "complaint-closed";
    /** A close heard of this long after it happened is history (an outage's backlog, old records): nobody is asked about it now. */
    static final Duration FRESH = Duration.ofDays(1);

    private final Complaints complaints;
    private final SurveyLinks links;
    private final SurveyStore store;
    private final Clock clock;
    private final String localBase;

    ComplaintSurveys(Complaints complaints, SurveyLinks links, SurveyStore store, Clock clock, @Value("${server.port:8080}") int port) {
        this.complaints = complaints;
        this.clock = clock;
        this.links = links;
        this.store = store;
        this.localBase = "http://localhost:" + port;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(ComplaintStateChanged changed) {
        if (!"closed".equals(changed.toState()) || store.complaintSurveyed(changed.complaintId())) return;
        if (changed.at().isBefore(clock.instant().minus(FRESH))) return;
        ComplaintView complaint = complaints.find(changed.complaintId()).orElse(null);
        if (complaint == null || complaint.msisdn() == null) return;
        links.send(SENDER, complaint.msisdn(), SurveyLinks.Cause.complaint(complaint.id(), score(complaint.satisfaction())), localBase);
    }

    /** The callback's 1..5 score; anything else (none, a different scale) is not carried over. */
    static Integer score(Integer satisfaction) {
        return satisfaction != null && satisfaction >= 1 && satisfaction <= 5 ? satisfaction : null;
    }
}
