/**
 * Electronic work orders shared by every channel (SPEC R8.2, R8.3; issue 13): routing to a
 * queue by the admin's rules, states with an append-only history, transfers and hand-backs,
 * time limits in business hours (the engine's working-time calendar over the public-holiday
 * table, paused while waiting on the customer), escalation notices through {@code notify.Outbox},
 * the API for BOSS and customer-service systems, and signed webhooks on state changes.
 */
package dev.retain.app.workorder;
