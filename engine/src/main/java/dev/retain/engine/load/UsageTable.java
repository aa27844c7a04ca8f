package dev.retain.engine.load;

import dev.retain.engine.csv.FieldError;
import dev.retain.engine.value.Months;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** Receives usage rows for the months a cycle needs; refuses unknown subscribers and duplicate months. */
public final class UsageTable implements RowSink<UsageRecord> {

    private final Subscribers subscribers;
    private final Map<Integer, MonthUsage> months = new HashMap<>();

    public UsageTable(Subscribers subscribers, Iterable<YearMonth> wanted) {
        this.subscribers = subscribers;
        for (YearMonth m : wanted) months.put(Months.index(m), MonthUsage.empty(m, subscribers.size()));
    }

    public boolean wants(int monthIndex) {
        return months.containsKey(monthIndex);
    }

    @Override
    public void accept(UsageRecord r, long line) throws FieldError {
        int i = subscribers.index().find(r.msisdn());
        if (i < 0) throw new FieldError("msisdn", "unknown subscriber " + r.msisdn() + " (not in subscribers.csv)");
        int earlier = months.get(r.monthIndex()).put(i, r, line);
        if (earlier > 0) {
            throw new FieldError("month", "duplicate row for " + r.msisdn() + " in " + Months.fromIndex(r.monthIndex())
                    + " (first on line " + earlier + ")");
        }
    }

    public MonthUsage month(YearMonth m) {
        MonthUsage u = months.get(Months.index(m));
        if (u == null) throw new IllegalArgumentException("month " + m + " was not loaded");
        return u;
    }
}
