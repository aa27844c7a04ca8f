package dev.retain.app.survey;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.security.PersonalData;
import dev.retain.app.survey.internal.SurveySettings;
import dev.retain.app.survey.internal.SurveyStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey links by SMS (SPEC R10.1): a send stores only the SHA-256 of a 32-byte random token and queues one SMS
 * (template {@code survey_link}, service class, the body secret) with {@code <base>/s/<token>}. The page behind the link
 * needs no login; the link is answered once, until it expires ({@code retain.survey.link-days}).
 */
@Service
public class SurveyLinks {

    public static final String TEMPLATE = "survey_link";
    public static final String DEFAULT_SURVEY = "default";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SurveyStore store;
    private final Outbox outbox;
    private final SurveySettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SurveyLinks(SurveyStore store, Outbox outbox, SurveySettings settings, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why a survey goes out: drawn in a sample, or after a closed complaint or work order (with its closing callback's score). */
    public record Cause(String trigger, Long sampleId, Long complaintId, Long workOrderId, Integer carriedSatisfaction) {
        public static Cause sample(long sampleId) {
            return new Cause("sample", sampleId, null, null, null);
        }

        public static Cause complaint(long complaintId, Integer satisfaction) {
            return new Cause("complaint", null, complaintId, null, satisfaction);
        }

        public static Cause workOrder(long workOrderId, Integer satisfaction) {
            return new Cause("work_order", null, null, workOrderId, satisfaction);
        }
    }

    /**
     * Sends a survey link to a subscriber (canonical MSISDN) unless they were asked within the window (then empty: the
     * caller's draw or event simply skips them). {@code baseUrl}: where links point without {@code public-base-url}.
     */
    @Transactional
    public java.util.Optional<Long> send(String sentBy, String msisdn, Cause cause, String baseUrl) {
        Instant now = clock.instant();
        if (store.lockAndAskedSince(msisdn, now.minus(Duration.ofDays(settings.windowDays())))) return java.util.Optional.empty();
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = now.plus(Duration.ofDays(settings.linkDays()));
        long id = store.insertSend(DEFAULT_SURVEY, msisdn, cause.trigger(), cause.sampleId(), cause.complaintId(), cause.workOrderId(),
                cause.carriedSatisfaction(),
                sha256(token), sentBy, now, expires);
        String base = settings.publicBaseUrl() == null || settings.publicBaseUrl().isEmpty() ? baseUrl : settings.publicBaseUrl();
        String link = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/s/" + token;
        long messageId = outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.SERVICE, TEMPLATE,
                Map.of("link", link, "days", Integer.toString(settings.linkDays())), null, "survey", "survey-link-" + id, true));
        store.messageSent(id, messageId);
        return java.util.Optional.of(id);
    }

    /** Opens a link: the questionnaire while it is open; otherwise only that it is answered, expired or unknown. */
    @Transactional(readOnly = true)
    public OpenedSurvey open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) return OpenedSurvey.refused(OpenedSurvey.State.UNKNOWN);
        var send = store.byHash(sha256(token)).orElse(null);
        if (send == null) return OpenedSurvey.refused(OpenedSurvey.State.UNKNOWN);
        if (send.answeredAt() != null) return OpenedSurvey.refused(OpenedSurvey.State.ANSWERED);
        if (!clock.instant().isBefore(send.expiresAt())) return OpenedSurvey.refused(OpenedSurvey.State.EXPIRED);
        return new OpenedSurvey(OpenedSurvey.State.OPEN, PersonalData.maskMsisdn(send.msisdn()), send.expiresAt(),
                store.template(send.templateCode()).orElseThrow());
    }

    /**
     * The customer's answers through their link: stored once (a second submission, even at the same moment, finds the
     * link answered); refused when the link is unknown, expired or answered (the state says which).
     */
    @Transactional
    public OpenedSurvey.State answer(String token, Map<String, String> form) {
        if (token == null || !TOKEN.matcher(token).matches()) return OpenedSurvey.State.UNKNOWN;
        var send = store.byHashLocked(sha256(token)).orElse(null);
        if (send == null) return OpenedSurvey.State.UNKNOWN;
        if (send.answeredAt() != null) return OpenedSurvey.State.ANSWERED;
        Instant now = clock.instant();
        if (!now.isBefore(send.expiresAt())) return OpenedSurvey.State.EXPIRED;
        SurveyTemplate template = store.template(send.templateCode()).orElseThrow();
        SurveyAnswers answers = SurveyAnswers.fromForm(form, template.scaleMax());
        store.insertResponse(send.id(), send.templateCode(), send.msisdn(), "sms_link", now, null, send.carriedSatisfaction(), answers);
        return OpenedSurvey.State.OPEN;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
