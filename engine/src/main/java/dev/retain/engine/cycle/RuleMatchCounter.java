package dev.retain.engine.cycle;

import dev.retain.engine.load.PreviousAssignments;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dry run of a rules edit: how many programme customers each warning rule would match
 * for a month, computed exactly as the cycle does (same loader, zones, scores and facts)
 * but without writing any output. The admin sees the effect of an edit before saving it.
 */
public final class RuleMatchCounter {

    private final CycleSettings settings;
    private final RuleSet rules;
    private final Progress progress;

    public RuleMatchCounter(CycleSettings settings, RuleSet rules, Progress progress) {
        this.settings = settings;
        this.rules = rules;
        this.progress = progress;
    }

    /**
     * Rule id → matching customers, in the rules' priority order (rules matching nobody
     * included, as 0). {@code reportDir} receives the rejects reports of the input files.
     */
    /** The usage months a count for {@code month} reads (the cycle's three); call peers: the month itself. */
    public static List<YearMonth> usageMonths(YearMonth month) {
        return LoadedMonth.cycleMonths(month);
    }

    public Map<String, Long> count(YearMonth month, Path inDir, Path reportDir) {
        LoadedMonth loaded = LoadedMonth.load(new ProvinceLoader(inDir, reportDir, settings.maxRejectRate(), progress), month);
        CycleOutcome outcome = new CycleComputation(settings, rules, progress)
                .compute(loaded.province(), loaded.months(), PreviousAssignments.none(), new Timings());
        long[] counts = new long[rules.rules().size()];
        for (long mask : outcome.segments().ruleMask) {
            for (long m = mask; m != 0; m &= m - 1) counts[Long.numberOfTrailingZeros(m)]++;
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (int r = 0; r < counts.length; r++) byRule.put(rules.rules().get(r).id(), counts[r]);
        return byRule;
    }
}
