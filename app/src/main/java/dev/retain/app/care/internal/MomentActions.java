package dev.retain.app.care.internal;

import dev.retain.app.care.internal.CareCustomersReadModel.CareCustomer;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.retention.MomentTaskKinds;
import dev.retain.app.retention.MomentTasks;
import dev.retain.app.retention.MomentTasks.MomentTask;
import dev.retain.engine.care.DueMoment;
import dev.retain.engine.care.MomentKind;
import dev.retain.engine.value.Tier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a new moment becomes, in the run's transaction: a care message through the outbox
 * (marketing class: the whole contact policy applies when it is sent) and/or a task for the
 * customer's manager. Both keys are deterministic from the customer and the moment, so even a
 * moment stored twice could not send twice: the outbox's idempotency key and the task id.
 * Neither carries the phone number (task ids appear in URLs): the customer's opaque key does.
 */
@Component
class MomentActions {

    /** Task priority by tier: a diamond customer's moment comes before a gold one's on My tasks. */
    private static final Map<Tier, Long> PRIORITY = Map.of(Tier.DIAMOND, 300L, Tier.GOLD, 200L, Tier.SILVER, 100L, Tier.NONE, 50L);

    record Outcome(Long messageId, String taskId, String refused) {
    }

    private final Outbox outbox;
    private final MomentTasks tasks;
    private final ContactPolicy policy;
    private final CareVariables variables;
    private final Clock clock;

    MomentActions(Outbox outbox, MomentTasks tasks, ContactPolicy policy, CareVariables variables, Clock clock) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.policy = policy;
        this.variables = variables;
        this.clock = clock;
    }

    /** A greeting's hour on its day: prepared days ahead (for the gift), it is sent on the day itself. */
    static final java.time.LocalTime GREETING_HOUR = java.time.LocalTime.of(9, 0);

    /**
     * When a moment's message may go: a birthday or festival greeting on its day (an early "happy
     * birthday" is a mistake every customer sees); reminders (expiry, arrears, events) as soon as prepared.
     */
    java.time.Instant notBefore(DueMoment m) {
        if (m.kind() != MomentKind.BIRTHDAY && m.kind() != MomentKind.FESTIVAL) return null;
        return m.occursOn().atTime(GREETING_HOUR).atZone(clock.getZone()).toInstant();
    }

    Outcome act(DueMoment m, Tier tier, CareCustomer c, String managerId, String managerName, LocalDate day) {
        Long messageId = null;
        String taskId = null;
        StringBuilder refused = new StringBuilder();
        if (m.action().sendsMessage()) {
            try {
                messageId = outbox.queue(OutboundMessage.toCustomer(c.msisdn(), null, MessageClass.MARKETING, m.action().template(),
                        variables.of(c, m, managerName), reason(m.kind()), "care:" + m.id() + ":" + c.customerKey()), notBefore(m));
            } catch (IllegalArgumentException e) {
                // an unknown template or a value missing: the moment stays stored with why, the run goes on
                refused.append("message: ").append(e.getMessage());
            }
        }
        if (m.action().createsTask()) {
            String kind = m.action().taskKind();
            ContactPolicy.Decision decision = policy.decide(c.msisdn(), Channel.CALL, MessageClass.MARKETING, clock.instant());
            if (!MomentTaskKinds.ALL.contains(kind)) {
                append(refused, "task: not a moment task kind: " + kind);
            } else if (decision.verdict() == ContactPolicy.Decision.Verdict.SUPPRESS) {
                append(refused, "task: contact policy: " + decision.reason());
            } else {
                String id = taskId(m, c.customerKey());
                LocalDate due = m.occursOn().isBefore(day) ? day : m.occursOn();
                tasks.open(new MomentTask(id, c.msisdn(), kind, reasonCode(m.kind()), "", PRIORITY.get(tier), null, due, managerId));
                taskId = id;
            }
        }
        return new Outcome(messageId, taskId, refused.isEmpty() ? null : refused.toString());
    }

    /** The outbox's reason: what screens show and merging groups by (notify.reason.<code>). */
    static String reason(MomentKind kind) {
        return switch (kind) {
            case SUSPENSION -> "suspension_care";
            default -> kind.code().replace('-', '_');
        };
    }

    /** The task's reason code, labelled retention.reason.care_<moment>. */
    static String reasonCode(MomentKind kind) {
        return "care_" + kind.code().replace('-', '_');
    }

    /** e.g. {@code birthday-2027-3f9a1c2b7d4e}: the moment readable, the customer as a hash of its opaque key. */
    static String taskId(DueMoment m, String customerKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((customerKey + "|" + m.id()).getBytes(StandardCharsets.UTF_8));
            return m.id().replace(':', '-') + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder b, String s) {
        if (!b.isEmpty()) b.append("; ");
        b.append(s);
    }
}
