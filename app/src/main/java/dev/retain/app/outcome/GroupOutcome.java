package dev.retain.app.outcome;

/** One row of a closed-loop table: a manager, a rule, a contact outcome, an offer or a campaign group, with its {@link OutcomeRate}. */
public record GroupOutcome(String key, String label, OutcomeRate rate) {
}
