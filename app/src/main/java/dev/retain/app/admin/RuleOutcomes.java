package dev.retain.app.admin;

import java.util.Map;

/**
 * What became of each warning rule's customers (SPEC R4.5), for the rules editor to show beside the rule. Provided by
 * the closed loop's module, which depends on this one: the rules editor shows no outcomes where it is not running.
 */
public interface RuleOutcomes {

    /** Per rule id, the closed loop of its tasks over the newest {@code months} work months. */
    Map<String, RuleOutcome> byRule(int months);

    /** Tasks measured, the shares still active and in a better zone (0 … 1), and tasks still waiting for the next cycle. */
    record RuleOutcome(long measured, double activeShare, double betterShare, long pending) {
    }
}
