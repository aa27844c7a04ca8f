package dev.retain.app.survey;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.app.survey.internal.SurveyCustomersReadModel;
import dev.retain.app.survey.internal.SurveySettings;
import dev.retain.app.survey.internal.SurveyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's sample (SPEC R10.1 "sampling rules"): of the customers of a region and branch (or all), the same share
 * of every tier-and-branch stratum, at random, leaving out anyone asked within the window ({@code retain.survey.window-days});
 * each drawn customer gets a survey link through the outbox. Who may draw is the caller's check (supervisors, admins).
 */
@Service
public class SurveySampling {

    public static final String AUDIT_ACTION = "survey_sample_drawn";

    /** What a draw did: its id, how many were drawn and how many links went to the outbox. */
    public record Drawn(long sampleId, int drawn, int sent) implements java.io.Serializable {
    }

    private final SurveyCustomersReadModel customers;
    private final SurveyStore store;
    private final SurveyLinks links;
    private final SurveySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    SurveySampling(SurveyCustomersReadModel customers, SurveyStore store, SurveyLinks links, SurveySettings settings, AuditLog audit, Clock clock) {
        this.customers = customers;
        this.store = store;
        this.links = links;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Drawn draw(RetainUser by, String region, String branch, int sharePercent, String baseUrl) {
        if (sharePercent < 1 || sharePercent > 100) throw new SurveyRefused("survey.error.share");
        String r = blankToNull(region);
        String b = blankToNull(branch);
        Instant now = clock.instant();
        Instant windowStart = now.minus(Duration.ofDays(settings.windowDays()));
        long sampleId = store.insertSample(SurveyLinks.DEFAULT_SURVEY, r, b, sharePercent, settings.windowDays(), by.username(), now);
        var drawn = customers.draw(r, b, sharePercent, windowStart, settings.maxSample());
        int sent = 0;
        for (var customer : drawn) {
            if (links.send(by.username(), customer.msisdn(), SurveyLinks.Cause.sample(sampleId), baseUrl).isPresent()) sent++;
        }
        store.sampleDrawn(sampleId, sent);
        audit.record(by, AUDIT_ACTION, "survey sample " + sampleId,
                "region " + r + ", branch " + b + ", share " + sharePercent + " %, window " + settings.windowDays() + " d, sent " + sent);
        return new Drawn(sampleId, drawn.size(), sent);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
