package dev.retain.app.cycle.web;

import dev.retain.app.cycle.CycleRun;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A run as the pages and the API show it: the row plus the figures read from its summary.json. */
public record RunView(CycleRun run, JsonNode summary) {

    public static RunView of(CycleRun run) {
        JsonNode summary = run.summaryJson() == null ? null : JsonMapper.shared().readTree(run.summaryJson());
        return new RunView(run, summary);
    }

    /** Subscribers per zone (blue … none), empty until the run succeeded. */
    public Map<String, Long> zones() {
        return counts("zones");
    }

    /** Export, engine and load-back times of the app around the engine, in ms. */
    public Map<String, Long> appTimings() {
        return counts("app_timings_ms");
    }

    public Long tasks() {
        return summary == null || !summary.has("tasks") ? null : summary.get("tasks").asLong();
    }

    public Long subscribers() {
        return summary == null || !summary.has("subscribers") ? null : summary.get("subscribers").asLong();
    }

    private Map<String, Long> counts(String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (summary == null || !summary.has(field)) return counts;
        for (Map.Entry<String, JsonNode> e : summary.get(field).properties()) counts.put(e.getKey(), e.getValue().asLong());
        return counts;
    }
}
