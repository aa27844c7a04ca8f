package dev.retain.app.notify;

import java.time.Instant;

/**
 * The one contact policy (SPEC R6.6, R14.4) that every message and every outbound call task
 * passes: consent and do-not-disturb, opt-outs, frequency caps per customer and channel, quiet
 * hours in the business time zone, merging. The outbox asks it for every message; a module that
 * creates a call task asks it first.
 */
public interface ContactPolicy {

    /**
     * What the policy says about contacting {@code msisdn} on {@code channel} for {@code messageClass} at {@code at},
     * for a contact without a purpose: {@link #decide(String, Channel, MessageClass, Instant, String)} with none.
     */
    default Decision decide(String msisdn, Channel channel, MessageClass messageClass, Instant at) {
        return decide(msisdn, channel, messageClass, at, null);
    }

    /**
     * What the policy says about a contact with a {@code purpose} (an outbox message's reason, e.g. {@code campaign:12};
     * a call task's; null: none): the modules' {@link ContactVeto}s are asked first and any of them suppresses it,
     * service messages too. The one method an implementation must write, so no policy can drop the purpose (and the
     * holdout veto with it) by accident.
     */
    Decision decide(String msisdn, Channel channel, MessageClass messageClass, Instant at, String purpose);

    /** Allowed now; held until {@code until} (quiet hours, a cap) with a reason; or suppressed for good with a reason. */
    record Decision(Verdict verdict, String reason, Instant until) {

        public enum Verdict { ALLOW, HOLD, SUPPRESS }

        public static Decision allow() {
            return new Decision(Verdict.ALLOW, null, null);
        }

        public static Decision hold(String reason, Instant until) {
            return new Decision(Verdict.HOLD, reason, until);
        }

        public static Decision suppress(String reason) {
            return new Decision(Verdict.SUPPRESS, reason, null);
        }

        public boolean allowed() {
            return verdict == Verdict.ALLOW;
        }
    }
}
