package dev.retain.app.campaign.campaigns;

import dev.retain.app.campaign.campaigns.CampaignTargets.Target;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.campaign.CampaignCallRequested;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Contacts a treated member, in the run's transaction. A message goes to the outbox tagged with the campaign
 * ({@code reason} {@code campaign:<id>}, which the holdout veto reads) under the key {@code campaign:<id>:<number>}: a
 * second queue is a no-op. A call is a task for the customer's manager, opened only when the contact policy (asked with
 * the same purpose, so the holdout veto counts) does not suppress it: retention opens it after the run commits
 * ({@link CampaignCallRequested}, asking the policy once more); its id is a random token made once per request and kept on the member row ({@code taskId}).
 */
@Component
class CampaignContacts {

    /** The outbox message or call task made, or why none. */
    record Contacted(Long messageId, String taskId, String refused) {
    }

    /** The variables a campaign's message fills: a template needing any other cannot be the campaign's. */
    static final java.util.Set<String> FILLED = java.util.Set.of("offer");

    /** How {@code contact_refused} starts when the message did not render: a later run tries that member again. */
    static final String NOT_RENDERED = "message: ";

    private final Outbox outbox;
    private final ContactPolicy policy;
    private final ApplicationEventPublisher events;
    private final CampaignCustomerReadModel customers;
    private final Clock clock;

    CampaignContacts(Outbox outbox, ContactPolicy policy, ApplicationEventPublisher events, CampaignCustomerReadModel customers, Clock clock) {
        this.outbox = outbox;
        this.policy = policy;
        this.events = events;
        this.customers = customers;
        this.clock = clock;
    }

    Contacted contact(CampaignView c, Target t, String offerNames) {
        if (c.channel() == Channel.CALL) return call(c, t, offerNames);
        try {
            long id = outbox.queue(message(c, t.msisdn(), offerNames));
            return new Contacted(id, null, null);
        } catch (IllegalArgumentException e) {
            // a template changed since the run's probe: this member stays uncontacted with why, and a re-run tries again
            return new Contacted(null, null, NOT_RENDERED + e.getMessage());
        }
    }

    /** The campaign's message to {@code msisdn}; also what a test queues by another path to see the veto stop it. */
    static OutboundMessage message(CampaignView c, String msisdn, String offerNames) {
        String key = c.purpose() + ":" + msisdn;
        if (c.templateCode() != null) {
            return OutboundMessage.toCustomer(msisdn, c.channel(), MessageClass.MARKETING, c.templateCode(), Map.of("offer", offerNames),
                    c.purpose(), key);
        }
        return new OutboundMessage(msisdn, null, c.channel(), MessageClass.MARKETING, null, null, c.text(), c.purpose(), key, false);
    }

    private Contacted call(CampaignView c, Target t, String offerNames) {
        ContactPolicy.Decision decision = policy.decide(t.msisdn(), Channel.CALL, MessageClass.MARKETING, clock.instant(), c.purpose());
        if (decision.verdict() == ContactPolicy.Decision.Verdict.SUPPRESS) return new Contacted(null, null, "call: " + decision.reason());
        String id = taskId(c.id());
        long priority = t.valueAtRisk().setScale(0, RoundingMode.HALF_UP).longValue();
        events.publishEvent(new CampaignCallRequested(id, t.msisdn(), c.purpose(), priority, t.valueAtRisk(), LocalDate.now(clock),
                customers.managerOf(t.msisdn()).orElse(null), c.name(), offerNames));
        return new Contacted(null, id, null);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * e.g. {@code campaign-12-3f9a1c2b7d4e9a01}: the campaign readable, the customer not in it at all — a random token
     * (a hash of the number could be reversed over the number space). Made once per call request; the member row keeps
     * it and the event carries it, so a redelivery opens nothing twice.
     */
    static String taskId(long campaignId) {
        byte[] token = new byte[8];
        RANDOM.nextBytes(token);
        return "campaign-" + campaignId + "-" + HexFormat.of().formatHex(token);
    }
}
