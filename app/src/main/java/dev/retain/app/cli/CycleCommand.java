package dev.retain.app.cli;

import dev.retain.engine.cycle.ChurnModelSchedule;
import dev.retain.engine.cycle.ChurnModelSource;
import dev.retain.engine.cycle.CycleReport;
import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.value.Zone;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/** {@code retain cycle}: the monthly cycle over an input folder, writing the four outputs. */
final class CycleCommand {

    static final Set<String> OPTIONS = Set.of("month", "in", "out", "settings", "rules", "previous-assignments", "max-reject-rate",
            "model", "no-model", "retrain");

    private CycleCommand() {
    }

    static int run(Options o, PrintStream out) throws IOException {
        CycleSettings settings = SettingsLoader.load(o.optionalPath("settings"));
        Double rate = o.rejectRate();
        if (rate != null) settings = settings.withMaxRejectRate(rate);
        Path rulesFile = o.optionalPath("rules");
        RuleSet rules = rulesFile == null ? new RuleSetLoader().loadDefaults() : new RuleSetLoader().load(rulesFile);
        YearMonth month = o.month("month", null);
        ChurnModelSource model = churnModel(o, month, settings.horizonMonths());
        if (model instanceof ChurnModelSource.Saved saved && o.optionalPath("model") == null) {
            out.printf("reusing the churn model trained for %s in %s (--retrain trains it anew)%n", month, saved.dir());
        }
        CycleReport report = cycle(settings, rules, model, month, o.path("in"), o.path("out"), o.optionalPath("previous-assignments"));
        print(report, out);
        return 0;
    }

    /**
     * --model DIR scores with a saved model; --no-model keeps the zones' base rates; by default the cycle trains one
     * for the month, into OUT/churn-model, and a later run of the same month reuses it (--retrain trains anew).
     */
    static ChurnModelSource churnModel(Options o, YearMonth month, int horizonMonths) {
        Path model = o.optionalPath("model");
        boolean off = o.flag("no-model");
        boolean retrain = o.flag("retrain");
        if ((model != null ? 1 : 0) + (off ? 1 : 0) + (retrain ? 1 : 0) > 1) {
            throw new UsageException("cycle: --model, --no-model and --retrain exclude each other");
        }
        if (off) return new ChurnModelSource.BaseRates();
        if (model != null) return new ChurnModelSource.Saved(model);
        if (retrain) return ChurnModelSource.DEFAULT;
        return ChurnModelSchedule.forMonth(o.path("out").resolve(CycleRunner.CHURN_MODEL_DIR), month, horizonMonths);
    }

    static CycleReport cycle(CycleSettings settings, RuleSet rules, ChurnModelSource churnModel, YearMonth month, Path in, Path outDir,
                             Path previous) throws IOException {
        TerminalProgress progress = TerminalProgress.forConsole();
        try {
            return new CycleRunner(settings, rules, progress).withChurnModel(churnModel).run(month, in, outDir, previous);
        } finally {
            progress.clear();
        }
    }

    @SuppressWarnings("unchecked")
    static void print(CycleReport r, PrintStream out) {
        Map<String, Object> s = r.summary().content();
        StringBuilder zones = new StringBuilder();
        for (Zone z : Zone.values()) zones.append(' ').append(z.code()).append('=').append(String.format("%,d", r.summary().zoneCount(z)));
        out.printf("cycle %s: %,d subscribers in %.1f s (%,.0f subscribers/s) -> %s%n", s.get("month"), r.subscribers(),
                r.totalMillis() / 1000.0, r.subscribersPerSecond(), r.outDir());
        out.printf("  zones:%s; churned this month=%,d%n", zones, ((Number) s.get("churned_this_month")).longValue());
        out.printf("  tasks=%,d %s; assigned customers=%,d %s; managers short=%s%n", r.summary().tasks(), s.get("tasks_per_kind"),
                ((Number) s.get("assigned_customers")).longValue(), s.get("assignments_per_reason"), s.get("managers_short_total"));
        Map<String, Object> churn = (Map<String, Object>) s.get("churn_model");
        if (churn != null && !"base_rates".equals(churn.get("source"))) {
            out.printf("  churn model (%s): %s; baseline %s; %,d scored, %,d tasks explained%n", churn.get("source"), churn.get("xgboost"),
                    churn.get("logistic_baseline"), ((Number) churn.get("scored")).longValue(), ((Number) churn.get("explained")).longValue());
        } else if (churn != null) {
            out.printf("  churn scores from the zones' base rates: %s%n", churn.getOrDefault("why", "no model"));
        }
        Map<String, Map<String, Object>> inputs = (Map<String, Map<String, Object>>) s.get("inputs");
        inputs.forEach((file, counts) -> {
            if (((Number) counts.get("rejected")).longValue() > 0) {
                out.printf("  %s: %s rows rejected, see %s%n", file, counts.get("rejected"), r.outDir().resolve(String.valueOf(counts.get("rejects_file"))));
            }
        });
    }
}
