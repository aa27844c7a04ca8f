package dev.retain.engine.load;

import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.model.EnterpriseGroup;
import dev.retain.engine.model.Manager;
import dev.retain.engine.model.Plan;
import java.util.List;
import java.util.Map;

/** Everything a cycle reads, loaded and validated: subscribers, the months it needs, managers, groups, plans. */
public record Province(Subscribers subscribers, UsageTable usage, CallSummary calls, List<Manager> managers,
                       Map<String, EnterpriseGroup> groups, Map<String, Plan> plans, List<FileLoad> loads) {
}
