package dev.retain.app.notify.internal;

/**
 * Why a message was held, suppressed or failed, as stored in {@code state_reason} and the history
 * and shown through {@code notify.reason.<code>}. A gateway's own error is stored as the gateway
 * wrote it (masked before it is shown).
 */
public final class Reasons {

    /** Staff blocked every message to this customer, service ones too. */
    public static final String BLOCKED = "blocked";
    /** The customer opted out (a reply such as TD, or staff on their behalf): no marketing or care on any channel. */
    public static final String OPT_OUT = "opt_out";
    public static final String DND = "dnd";
    public static final String NO_CONSENT = "no_consent";
    /** A marketing message to a number that is not a customer of the province: nobody consented. */
    public static final String NOT_A_CUSTOMER = "not_a_customer";
    public static final String WEEKLY_CAP = "weekly_cap";
    public static final String MONTHLY_CAP = "monthly_cap";
    public static final String QUIET_HOURS = "quiet_hours";
    /** The day's first marketing contact on this channel went out: this one is merged into it. */
    public static final String MERGED = "merged";
    /** No sender for the channel is installed: the message waits. */
    public static final String NO_SENDER = "no_sender";
    /** The customer has no address on this channel (e.g. no email). */
    public static final String NO_ADDRESS = "no_address";
    /** The instance died while a sender had the message: it may or may not have gone out, and is not sent again. */
    public static final String INTERRUPTED = "interrupted";
    /** Taken by a dispatcher that died before handing it to a sender: queued again, never reached the gateway. */
    public static final String RECLAIMED = "reclaimed";
    /** Retries ran out (the last error is in the history). */
    public static final String GAVE_UP = "gave_up";

    private Reasons() {
    }
}
