package dev.retain.app.complaint.internal.monitor;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handler's record of a quality callback: reached with a satisfaction score 1-5, or
 * unreached. Recorded once; an unreached customer may be tried again and then reached (the
 * record is replaced), a reached one is final. The scores are what the evaluation and the
 * surveys issue read ({@link #satisfactionOf}).
 */
@Component
public class QualityCallbacks {

    public static final String AUDIT_ACTION = "complaint_quality_callback";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    QualityCallbacks(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A refusal the page shows in the user's language: {@code key} names the message, {@code field} the form field. */
    public static final class Refused extends RuntimeException {
        private final String key;
        private final String field;

        Refused(String key, String field, String message) {
            super(message);
            this.key = key;
            this.field = field;
        }

        public String key() {
            return key;
        }

        public String field() {
            return field;
        }
    }

    @Transactional
    public void record(long complaintId, String outcome, Integer satisfaction, String note, RetainUser by) {
        if (!"reached".equals(outcome) && !"unreached".equals(outcome)) {
            throw new Refused("complaint.monitor.refused.outcome", "outcome", "outcome must be reached or unreached, was " + outcome);
        }
        if ("reached".equals(outcome) && (satisfaction == null || satisfaction < 1 || satisfaction > 5)) {
            throw new Refused("complaint.monitor.refused.satisfaction", "satisfaction",
                    "satisfaction must be 1-5 when the customer was reached, was " + satisfaction);
        }
        Integer score = "reached".equals(outcome) ? satisfaction : null;
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw new Refused("complaint.monitor.refused.note", "note", "note must be at most 500 characters, was " + text.length());
        }
        Optional<String> current = jdbc.sql("select coalesce(outcome, '') from complaint_quality_callback where complaint_id = ? for update")
                .param(complaintId).query(String.class).optional();
        if (current.isEmpty()) {
            throw new Refused("complaint.monitor.refused.notQueued", "complaintId", "complaint " + complaintId + " is not in the callback queue");
        }
        if (current.get().equals("reached")) {
            throw new Refused("complaint.monitor.refused.done", "complaintId", "complaint " + complaintId + "'s callback is already recorded");
        }
        jdbc.sql("""
                update complaint_quality_callback set outcome = ?, satisfaction = ?, note = ?, recorded_by = ?, recorded_at = ?
                where complaint_id = ?""").params(outcome, score, text, by.username(), java.sql.Timestamp.from(Instant.now(clock)), complaintId).update();
        audit.record(by, AUDIT_ACTION, "complaint " + complaintId, outcome + (score == null ? "" : " " + score));
    }

    /** The reached callback's score of a complaint, if any. */
    public Optional<Integer> satisfactionOf(long complaintId) {
        return jdbc.sql("select satisfaction from complaint_quality_callback where complaint_id = ? and outcome = 'reached'")
                .param(complaintId).query(Integer.class).optional();
    }
}
