/**
 * The month's management figures (SPEC R10.2, R12.1; issue 16 points 2 and 5): satisfaction, service frequency,
 * awareness of the manager, NPS, the loyalty index, retention and churn, lifetime value, zones and migration, tasks,
 * complaint time limits, campaign conversion and merchant activity, by tier, branch, team and manager (docs/metrics.md).
 * Refreshed after every cycle ({@code cycle.CycleCompleted}) and on demand into its own aggregate tables, so pages read
 * a few rows, never the province; other modules' tables are read in its {@code …ReadModel}s.
 */
package dev.retain.app.metrics;
