package dev.retain.app.cycle;

import dev.retain.engine.zone.ZoneThresholds;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * TEMPORARY stand-in so the admin rules page compiles: the cycle module provides the real
 * service, which replaces this file on merge. Only these two methods are used.
 */
public interface RuleDryRun {

    /** How many customers of the month each rule (by id) would match. */
    Map<String, Long> countMatches(YearMonth month, String rulesYaml, ZoneThresholds thresholds);

    /** The newest month a cycle ran for, if any. */
    Optional<YearMonth> latestCycleMonth();
}
