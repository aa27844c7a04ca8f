/**
 * Background jobs for every module, on db-scheduler: a module declares its tasks as beans
 * (db-scheduler's {@code OneTimeTask}, {@code RecurringTask}, {@code CustomTask}) and queues
 * one-off work through {@link dev.retain.app.core.jobs.Jobs}; core runs them all on one
 * scheduler whose executions live in the database, so they survive restarts and run once
 * across several instances.
 */
@org.springframework.modulith.NamedInterface("jobs")
package dev.retain.app.core.jobs;
