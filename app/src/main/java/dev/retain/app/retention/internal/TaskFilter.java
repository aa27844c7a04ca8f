package dev.retain.app.retention.internal;

import java.util.List;

/**
 * The filters of My tasks; blank means "any". {@code due}: {@code overdue} (due before
 * today), {@code week} (due today or in the next 7 days) or {@code all}.
 */
public record TaskFilter(String zone, String kind, long minPriority, String due) {

    public static final List<String> ZONES = List.of("white", "yellow", "red", "green", "blue", "none");
    public static final List<String> KINDS = java.util.stream.Stream.concat(dev.retain.app.retention.CycleTaskKinds.ALL.stream(),
            dev.retain.app.retention.MomentTaskKinds.ALL.stream()).toList();
    public static final List<String> DUES = List.of("all", "overdue", "week");

    public TaskFilter {
        // unknown values are dropped rather than refused: the filters come from a URL anyone can edit
        zone = ZONES.contains(zone) ? zone : "";
        kind = KINDS.contains(kind) ? kind : "";
        minPriority = Math.max(0, minPriority);
        due = DUES.contains(due) ? due : "all";
    }

    public static TaskFilter none() {
        return new TaskFilter("", "", 0, "all");
    }
}
