package dev.retain.app.retention;

import java.util.List;

/**
 * The kinds of task that key moments and alerts raise between cycles (SPEC R6): unlike
 * {@link CycleTaskKinds} they do not count against "one open retention task per customer", so a
 * customer may have a retention task and a birthday call open at once.
 */
public final class MomentTaskKinds {

    /** Deliver a gift (diamond and gold customers' birthdays and festivals). */
    public static final String GIFT = "gift";
    /** Call the customer about a moment: a greeting, points or a contract about to expire, a suspension, a long silence. */
    public static final String CARE_CALL = "care-call";
    /** Offer a renewal before the customer's contract ends. */
    public static final String CONTRACT_RENEWAL = "contract-renewal";
    /** Warn the customer about high data usage or a bill shock (R6.1). */
    public static final String USAGE_ALERT = "usage-alert";
    /** Call the customer with a campaign's offers (issue 15: a campaign on the call channel). */
    public static final String CAMPAIGN_CALL = "campaign-call";

    public static final List<String> ALL = List.of(GIFT, CARE_CALL, CONTRACT_RENEWAL, USAGE_ALERT, CAMPAIGN_CALL);

    private MomentTaskKinds() {
    }
}
