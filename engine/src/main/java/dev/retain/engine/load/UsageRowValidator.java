package dev.retain.engine.load;

import dev.retain.engine.csv.FieldError;
import dev.retain.engine.value.Months;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Validation of usage or peer rows over all months without keeping them: known subscriber
 * and one row per subscriber and month (a bit per pair), so a 13-month file checks in little memory.
 */
public final class UsageRowValidator implements RowSink<UsageRecord> {

    private final Subscribers subscribers;
    private final Map<Integer, BitSet> seen = new HashMap<>();

    public UsageRowValidator(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    public void accept(UsageRecord r, long line) throws FieldError {
        int i = subscribers.index().find(r.msisdn());
        if (i < 0) throw new FieldError("msisdn", "unknown subscriber " + r.msisdn() + " (not in subscribers.csv)");
        BitSet month = seen.computeIfAbsent(r.monthIndex(), k -> new BitSet(subscribers.size()));
        if (month.get(i)) {
            throw new FieldError("month", "duplicate row for " + r.msisdn() + " in " + Months.fromIndex(r.monthIndex()));
        }
        month.set(i);
    }
}
