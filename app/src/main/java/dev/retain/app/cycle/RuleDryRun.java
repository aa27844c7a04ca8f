package dev.retain.app.cycle;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.cycle.internal.ProvinceExport;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.RuleMatchCounter;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.zone.ZoneThresholds;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * The admin's "try these rules" button: how many programme customers each rule of an
 * edited rules file would match for a month, computed by the engine exactly as the cycle
 * would, with nothing saved. An invalid file throws the engine's
 * {@link dev.retain.engine.rules.RuleSetException}, whose message names the rule.
 */
@Service
public class RuleDryRun {

    private final ProvinceExport export;
    private final RetentionSettings settings;
    private final CycleService cycles;

    RuleDryRun(ProvinceExport export, RetentionSettings settings, CycleService cycles) {
        this.export = export;
        this.settings = settings;
        this.cycles = cycles;
    }

    /** Rule id → customers matched in {@code month}, in the rules' priority order (0 for none). */
    public Map<String, Long> countMatches(YearMonth month, String rulesYaml, ZoneThresholds thresholds) {
        // parse first: a broken file fails before any export work
        RuleSet rules = new RuleSetLoader().load("rules", new StringReader(rulesYaml));
        CycleSettings withThresholds = settings.cycleSettings().withZones(thresholds);
        Path work = null;
        try {
            work = Files.createTempDirectory("retain-dry-run-" + month + "-");
            Path in = Files.createDirectories(work.resolve("in"));
            export.export(RuleMatchCounter.usageMonths(month), List.of(month), in, false, Progress.NONE);
            return new RuleMatchCounter(withThresholds, rules, Progress.NONE).count(month, in, work.resolve("reports"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    /** The default month of the dry run: the newest month a cycle succeeded for. */
    public Optional<YearMonth> latestCycleMonth() {
        return cycles.latestCycleMonth();
    }
}
