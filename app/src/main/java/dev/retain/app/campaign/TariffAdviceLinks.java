package dev.retain.app.campaign;

import dev.retain.app.campaign.internal.AdviceLinkStore;
import dev.retain.app.campaign.internal.CampaignSettings;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-service tariff advice (SPEC R7.4 "also self-service"): a member of staff sends the customer an SMS (template
 * {@code tariff_advice}, through the outbox) with a link {@code <base>/t/<token>}; the page behind it needs no login.
 * The token is 32 random bytes (Base64url, 43 characters); the table keeps only its SHA-256. A link is read-only and
 * opens as often as the customer likes until it expires ({@code retain.campaign.link-days}, default 7): the advice is
 * computed afresh from the data on file at each opening. Who may send, for which customer, is the caller's check (the
 * 360 view: managers for their own customers, supervisors); every link sent is audited ({@code tariff_advice_sent}).
 */
@Service
public class TariffAdviceLinks {

    public static final String AUDIT_ACTION = "tariff_advice_sent";
    public static final String TEMPLATE = "tariff_advice";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AdviceLinkStore links;
    private final TariffAdvice advice;
    private final Outbox outbox;
    private final AuditLog audit;
    private final CampaignSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TariffAdviceLinks(AdviceLinkStore links, TariffAdvice advice, Outbox outbox, AuditLog audit, CampaignSettings settings, Clock clock) {
        this.links = links;
        this.advice = advice;
        this.outbox = outbox;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends the link to a subscriber (canonical MSISDN) the caller may write about. {@code requestBaseUrl} (scheme, host,
     * context path) is used when no {@code retain.campaign.public-base-url} is set. Refused without usage to compare
     * ({@code campaign.link.error.no-usage}) or past the daily limit per customer ({@code campaign.link.error.too-many}).
     */
    @Transactional
    public SentAdviceLink send(RetainUser by, String msisdn, String requestBaseUrl) {
        TariffAdviceView view = advice.of(msisdn).orElseThrow(() -> new AdviceLinkRefused("campaign.link.error.no-usage"));
        if (!view.hasUsage()) throw new AdviceLinkRefused("campaign.link.error.no-usage");
        Instant now = clock.instant();
        if (links.lockAndCountSince(msisdn, now.minus(Duration.ofDays(1))) >= settings.linksPerCustomerPerDay()) {
            throw new AdviceLinkRefused("campaign.link.error.too-many");
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = now.plus(Duration.ofDays(settings.linkDays()));
        long id = links.insert(sha256(token), msisdn, by.username(), now, expires);
        String base = settings.publicBaseUrl() == null || settings.publicBaseUrl().isEmpty() ? requestBaseUrl : settings.publicBaseUrl();
        String link = stripSlash(base) + "/t/" + token;
        long messageId = outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.SERVICE, TEMPLATE,
                Map.of("link", link, "days", Integer.toString(settings.linkDays()), "months", Integer.toString(view.months().size())),
                null, TEMPLATE, "tariff-advice-link-" + id, true));
        links.messageSent(id, messageId);
        audit.record(by, AUDIT_ACTION, msisdn, "link " + id + ", expires " + expires + ", message " + messageId);
        return new SentAdviceLink(PersonalData.maskMsisdn(msisdn), expires, LocalDateTime.ofInstant(expires, clock.getZone()), messageId);
    }

    /** Opens a link: the advice while it is valid (the opening counted), otherwise only that it is expired or unknown. */
    @Transactional
    public OpenedAdvice open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) return OpenedAdvice.refused(OpenedAdvice.State.UNKNOWN);
        var link = links.byHash(sha256(token)).orElse(null);
        if (link == null) return OpenedAdvice.refused(OpenedAdvice.State.UNKNOWN);
        Instant now = clock.instant();
        if (!now.isBefore(link.expiresAt())) return OpenedAdvice.refused(OpenedAdvice.State.EXPIRED);
        TariffAdviceView view = advice.of(link.msisdn()).orElse(null);
        if (view == null) return OpenedAdvice.refused(OpenedAdvice.State.UNKNOWN); // no longer a subscriber
        links.opened(link.id(), now);
        return new OpenedAdvice(OpenedAdvice.State.OPEN, PersonalData.maskMsisdn(link.msisdn()), link.expiresAt(), view);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
