package dev.retain.app.survey;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.app.survey.internal.SurveyStore;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey taken by staff on a phone call: the same questionnaire, channel {@code phone}, the login that took it kept
 * with the answers. Whether the caller may write about the customer (their own, or a supervisor) is the caller's check.
 */
@Service
public class PhoneSurveys {

    public static final String AUDIT_ACTION = "survey_phone_recorded";

    private final SurveyStore store;
    private final AuditLog audit;
    private final Clock clock;

    PhoneSurveys(SurveyStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public SurveyTemplate template() {
        return store.template(SurveyLinks.DEFAULT_SURVEY).orElseThrow();
    }

    @Transactional
    public long record(RetainUser by, String msisdn, Map<String, String> form) {
        SurveyTemplate template = template();
        SurveyAnswers answers = SurveyAnswers.fromForm(form, template.scaleMax());
        store.lockAndAskedSince(msisdn, clock.instant()); // one answer at a time per customer
        long id = store.insertResponse(null, template.code(), msisdn, "phone", clock.instant(), by.username(), null, answers);
        audit.record(by, AUDIT_ACTION, msisdn, "response " + id);
        return id;
    }
}
