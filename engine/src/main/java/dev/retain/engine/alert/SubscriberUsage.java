package dev.retain.engine.alert;

import java.util.Objects;

/**
 * The whole per-subscriber state of the usage alerts: the newest billing month seen, the month
 * before it (kept while late events may still count toward it), and the recently seen event ids.
 * Kafka keeps it in a state store, the app in a PostgreSQL row; both write {@link SubscriberUsageCodec}'s bytes.
 *
 * @param previous null when the month before {@code current} saw no event
 */
public record SubscriberUsage(MonthTally current, MonthTally previous, RecentEventIds recent) {

    public SubscriberUsage {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(recent, "recent");
        if (previous != null && previous.monthIndex() != current.monthIndex() - 1) {
            throw new IllegalArgumentException("the previous month must be the month before the current one");
        }
    }
}
