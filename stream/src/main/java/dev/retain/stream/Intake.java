package dev.retain.stream;

import dev.retain.engine.alert.UsageEvent;

/**
 * An input record after parsing: a valid event (and whether its key already is its canonical
 * MSISDN, so that it sits in the partition of its subscriber), or the dead letter it becomes.
 */
record Intake(UsageEvent event, boolean keyedByMsisdn, DeadLetter refused) {

    static Intake accepted(UsageEvent e, boolean keyed) {
        return new Intake(e, keyed, null);
    }

    static Intake refused(DeadLetter d) {
        return new Intake(null, false, d);
    }
}
