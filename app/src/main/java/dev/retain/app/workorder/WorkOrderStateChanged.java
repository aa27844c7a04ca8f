package dev.retain.app.workorder;

import java.time.Instant;

/**
 * A work order moved from one state to another (also a transfer: new to new in another queue).
 * Published in the changing transaction; listeners run after the commit, durably (the event
 * publication registry): the webhooks out, the complaint module's mirror of its cases.
 * {@code fromState} is null when the order was opened.
 */
public record WorkOrderStateChanged(long workOrderId, String category, String fromState, String toState, Instant at) {
}
