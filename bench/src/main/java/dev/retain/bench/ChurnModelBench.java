package dev.retain.bench;

import dev.retain.engine.churn.ChurnHistory;
import dev.retain.engine.churn.ChurnModelSettings;
import dev.retain.engine.churn.ProvinceChurnModel;
import dev.retain.engine.cycle.ChurnModelSource;
import dev.retain.engine.cycle.CycleReport;
import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.load.Province;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.zone.ZoneClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The churn model's costs on a generated province: training on N subscriber-months,
 * scoring (rows/s) and explaining (SHAP, rows/s), and the whole cycle without the model,
 * with a saved model, and training its own — alternated in one JVM, medians printed.
 */
final class ChurnModelBench {

    private ChurnModelBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        long subscribers = a.number("subscribers", 1_000_000);
        int runs = (int) a.number("runs", 3);
        long trainingRows = a.number("training-rows", 1_000_000);
        YearMonth month = YearMonth.parse(a.text("month", "2026-10"));
        Path dir = Path.of(a.text("dir", "var/bench/province-" + subscribers));
        CycleVersusDuckDb.ensureProvince(dir, subscribers, month);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        CycleSettings settings = SettingsLoader.defaults();
        ChurnModelSettings churn = new ChurnModelSettings(settings.horizonMonths(), ChurnModelSettings.DEFAULTS.observationMonths(),
                trainingRows, ChurnModelSettings.PROVINCE_TREES);
        List<YearMonth> months = ChurnHistory.monthsToLoad(month, churn.horizonMonths(), churn.observationMonths());
        List<YearMonth> peerMonths = new ArrayList<>(List.of(month));
        for (int k = 0; k < churn.observationMonths(); k++) peerMonths.add(month.minusMonths((long) churn.horizonMonths() + k));
        long t0 = System.nanoTime();
        Province province = new ProvinceLoader(dir, Files.createTempDirectory("churn-bench"), 0.01, Progress.NONE).load(months, month, peerMonths);
        ChurnHistory history = new ChurnHistory(province, new ZoneClassifier(settings.zones()), months.get(0), month);
        System.out.printf(Locale.ROOT, "loaded %,d subscribers, usage %s..%s, in %.1f s%n", province.subscribers().size(), months.get(0), month,
                (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        ProvinceChurnModel model = ProvinceChurnModel.train(history, month, churn, 30_000, Clock.systemUTC());
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        var v = model.version();
        System.out.printf(Locale.ROOT, "training: %,d subscriber-months (+%,d validation) in %.1f s; best round %d; %s; baseline %s%n",
                v.trainRows(), v.validRows(), trainSeconds, v.bestIteration(), v.metrics().summary(), v.baselineMetrics().summary());
        Path modelDir = dir.resolveSibling(dir.getFileName() + "-churn-model");
        model.save(modelDir);

        double[] score = new double[runs];
        double[] explain = new double[runs];
        long scored = 0;
        int explainRows = 20_000;
        for (int r = 0; r < runs; r++) {
            long s0 = System.nanoTime();
            ProvinceChurnModel.Scored s = model.score(history, month, i -> history.eligible(i, month));
            score[r] = (System.nanoTime() - s0) / 1e9;
            scored = 0;
            for (float f : s.score()) if (!Float.isNaN(f)) scored++;
            long e0 = System.nanoTime();
            int limit = explainRows;
            model.explain(history, month, s, i -> i < limit * 2 && i % 2 == 0);
            explain[r] = (System.nanoTime() - e0) / 1e9;
        }
        System.out.printf(Locale.ROOT, "scoring: %,d subscribers, median %.2f s = %,.0f rows/s%n", scored, Medians.of(score), scored / Medians.of(score));
        System.out.printf(Locale.ROOT, "explaining (SHAP top 3): ~%,d subscribers, median %.2f s = %,.0f rows/s%n", explainRows,
                Medians.of(explain), explainRows / Medians.of(explain));

        RuleSet rules = new RuleSetLoader().loadDefaults();
        Path out = dir.resolveSibling(dir.getFileName() + "-churn-cycle-out");
        ChurnModelSource[] sources = {new ChurnModelSource.BaseRates(), new ChurnModelSource.Saved(modelDir), ChurnModelSource.DEFAULT};
        String[] names = {"without the model (zone base rates)", "scoring with the saved model", "training its own model, then scoring"};
        double[][] cycle = new double[sources.length][runs];
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < sources.length; k++) {
                long c0 = System.nanoTime();
                CycleReport report = new CycleRunner(settings, rules, Progress.NONE).withChurnModel(sources[k]).run(month, dir, out, null);
                cycle[k][r] = (System.nanoTime() - c0) / 1e9;
                System.out.printf(Locale.ROOT, "run %d, cycle %s: %.2f s %s%n", r + 1, names[k], cycle[k][r],
                        report.summary().content().get("timings_ms"));
            }
        }
        for (int k = 0; k < sources.length; k++) {
            double m = Medians.of(cycle[k]);
            System.out.printf(Locale.ROOT, "cycle %-40s median %.2f s = %,.0f subscribers/s%n", names[k] + ":", m, province.subscribers().size() / m);
        }
    }
}
