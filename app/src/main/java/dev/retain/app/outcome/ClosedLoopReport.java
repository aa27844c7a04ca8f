package dev.retain.app.outcome;

import java.util.List;
import java.util.Map;

/**
 * The closed loop over a window of work months: all tasks, and the same tasks by manager, by warning rule (each of a
 * task's reasons), by the rule it follows (its first reason: for the playbook), by whether a contact was logged; the
 * contacts of those months by outcome code and by channel; the offers' answers by offer and answer (key
 * {@code offerId:accepted|declined}, label the offer's code); campaigns' members by campaign and group (key
 * {@code campaignId:treated|holdout}, label the campaign's name; a member is worked in the month of the facts the
 * run targeted on). Maps are keyed by code, rows in descending size.
 */
public record ClosedLoopReport(ClosedLoopWindow window, OutcomeRate tasks, List<GroupOutcome> managers,
                               Map<String, OutcomeRate> rules, Map<String, OutcomeRate> leadingRules,
                               Map<String, OutcomeRate> contacted, Map<String, OutcomeRate> contactOutcomes,
                               Map<String, OutcomeRate> contactChannels, List<GroupOutcome> offers,
                               List<GroupOutcome> campaigns) {
}
