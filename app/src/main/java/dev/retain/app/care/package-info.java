/**
 * Key-moment care (SPEC R6.2, R6.4, R6.5; issue 11 point 7): the daily care run over the
 * engine's care calendar ({@code engine.care}), the admin's playbook, region-wide events and the
 * managers' "today's moments". Every moment is stored once per customer ({@code care_moment}); a
 * new one becomes a message through {@code notify.Outbox} and/or a task through
 * {@code retention.MomentTasks}, in one transaction.
 */
package dev.retain.app.care;
