package dev.retain.stream;

import dev.retain.engine.alert.UsageAlert;

/** What the alert processor emits for an event: an alert, or the dead letter of a refused event. */
record Verdict(UsageAlert alert, DeadLetter refused) {
}
