package dev.retain.engine.load;

import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.value.EnterpriseGroup;
import dev.retain.engine.value.Manager;
import dev.retain.engine.value.Plan;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything a cycle reads, loaded and validated: subscribers, the months it needs, managers,
 * groups, plans. {@code calls} is the cycle month's call summary; {@code callsByMonth} holds it
 * and those of the other months asked for (the churn model's history). {@code complaints}: the
 * days of complaints.csv, or {@link ComplaintDays#EMPTY_FILE_ABSENT} without the file.
 */
public record Province(Subscribers subscribers, UsageTable usage, CallSummary calls, Map<YearMonth, CallSummary> callsByMonth,
                       List<Manager> managers, Map<String, EnterpriseGroup> groups, Map<String, Plan> plans, List<FileLoad> loads,
                       ComplaintDays complaints) {

    /** The call summary of month m, or null when its call peers were not read (or there is no call_peers.csv). */
    public CallSummary callsOf(YearMonth m) {
        return callsByMonth.get(m);
    }
}
