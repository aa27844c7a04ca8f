package dev.retain.engine.churn;

import dev.retain.engine.load.CallSummary;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.Subscribers;
import dev.retain.engine.ml.BoostedTrees;
import dev.retain.engine.ml.FeatureMatrix;
import dev.retain.engine.ml.LogisticBaseline;
import dev.retain.engine.ml.Metrics;
import dev.retain.engine.ml.ModelMetrics;
import dev.retain.engine.ml.ModelVersion;
import dev.retain.engine.value.Zone;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The province's churn model (SPEC R5): XGBoost trained on the province's own history with
 * a time-based split — the latest observation month validates, the earlier ones train —
 * beside a logistic baseline trained the same way; saved as a model version; scores a month
 * with the top three reasons per subscriber from XGBoost's SHAP contributions.
 */
public final class ProvinceChurnModel {

    public static final String NAME = "churn-province";
    /** The note naming the cycle month a model was trained for (a re-run of that month reuses it). */
    public static final String CYCLE_MONTH_NOTE = "cycle_month";
    private static final int SCORE_CHUNK = 65_536;

    private final BoostedTrees trees;
    private final ModelVersion version;

    private ProvinceChurnModel(BoostedTrees trees, ModelVersion version) {
        this.trees = trees;
        this.version = version;
    }

    /** The observation months a cycle of {@code month} trains on: each with its horizon inside the data. */
    public static List<YearMonth> observationMonths(ChurnHistory history, YearMonth month, ChurnModelSettings s) {
        List<YearMonth> months = new ArrayList<>();
        for (int k = 0; k < s.observationMonths(); k++) {
            YearMonth t = month.minusMonths((long) s.horizonMonths() + k);
            if (!hasDataAround(history, t, s.horizonMonths())) break;
            months.add(0, t);
        }
        return months;
    }

    /** Usage of t-1 … t+horizon: a month without rows would read as everyone gone. */
    private static boolean hasDataAround(ChurnHistory history, YearMonth t, int horizon) {
        for (YearMonth m = t.minusMonths(1); !m.isAfter(t.plusMonths(horizon)); m = m.plusMonths(1)) {
            if (!history.hasData(m)) return false;
        }
        return true;
    }

    /**
     * Trains for the cycle of {@code month}. {@code capacity}: how many customers the
     * managers can call, the K of precision@K. Throws when the history is too short.
     */
    public static ProvinceChurnModel train(ChurnHistory history, YearMonth month, ChurnModelSettings s, int capacity, Clock clock) {
        List<YearMonth> months = observationMonths(history, month, s);
        if (months.size() < 2) {
            throw new ShortHistoryException("the churn model needs usage of at least " + (s.horizonMonths() + 3)
                    + " months up to " + month + " (two observation months, the month before each, and the " + s.horizonMonths()
                    + "-month horizon); found " + months.size() + " observation month(s)");
        }
        // validate on the latest month; train only on months whose labels were known by then
        // (t + horizon <= the validation month), so the measure is what a real month would see
        YearMonth validMonth = months.get(months.size() - 1);
        YearMonth lastTrainMonth = validMonth.minusMonths(s.horizonMonths());
        if (months.get(0).isAfter(lastTrainMonth)) {
            throw new ShortHistoryException("the churn model needs observation months up to " + lastTrainMonth
                    + " to train and " + validMonth + " to validate; the usage starts too late (first observation month "
                    + months.get(0) + ")");
        }
        // the months between the last training month and the validation month serve neither
        List<YearMonth> used = new ArrayList<>(months.stream().filter(t -> !t.isAfter(lastTrainMonth)).toList());
        used.add(validMonth);
        TrainingSet set = TrainingSet.build(history, used, s.horizonMonths(), s.maxTrainingRows());
        int[] trainRows = set.rowsUpTo(lastTrainMonth);
        int[] validRows = set.rowsOf(validMonth);
        FeatureMatrix train = set.features().select(trainRows);
        FeatureMatrix valid = set.features().select(validRows);
        float[] trainLabels = set.labels(trainRows);
        float[] validLabels = set.labels(validRows);
        BoostedTrees trees = BoostedTrees.train(train, trainLabels, valid, validLabels, s.boost());
        LogisticBaseline baseline = LogisticBaseline.train(train, trainLabels);

        float[] scores = trees.predict(valid);
        // the managers call `capacity` customers of the whole month; the validation rows may be a sample of it
        int k = (int) Math.max(1, Math.min(validRows.length, Math.round(capacity * set.sampleRate())));
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("label", "white zone or gone within " + s.horizonMonths() + " months after the observation month");
        notes.put("horizon_months", Integer.toString(s.horizonMonths()));
        notes.put(CYCLE_MONTH_NOTE, month.toString());
        notes.put("observation_months", months.toString());
        notes.put("validation_month", validMonth.toString());
        notes.putAll(zoneNotes(history, set, validRows, scores, validLabels));
        ModelVersion version = new ModelVersion(NAME, ModelVersion.ALGORITHM,
                "the province's subscribers, monthly usage " + months.get(0).minusMonths(ChurnFeatures.WINDOW - 1) + ".." + month,
                months.get(0) + ".." + lastTrainMonth, clock.instant().toString(), trees.featureNames(), s.boost(),
                trees.bestIteration(), trainRows.length, positives(trainLabels), validRows.length, positives(validLabels),
                "time-based: trained on observation months " + months.get(0) + ".." + lastTrainMonth
                        + " (labels known by " + validMonth + "), measured on " + validMonth,
                ModelMetrics.of(scores, validLabels, k), ModelMetrics.of(baseline.predict(valid), validLabels, k), notes);
        return new ProvinceChurnModel(trees, version);
    }

    /** A model this class saved, for the cycle's horizon; a `retain model train` folder or another horizon is refused. */
    public static ProvinceChurnModel load(Path dir, int horizonMonths) {
        ModelVersion version = ModelVersion.read(dir);
        if (!NAME.equals(version.name())) {
            throw new IllegalArgumentException(dir + ": a '" + version.name() + "' model, not the province's churn model ('" + NAME
                    + "', trained by `retain cycle`)");
        }
        String horizon = version.notes().get("horizon_months");
        if (!Integer.toString(horizonMonths).equals(horizon)) {
            throw new IllegalArgumentException(dir + ": trained for a " + horizon + "-month horizon, the cycle's is " + horizonMonths);
        }
        return new ProvinceChurnModel(BoostedTrees.load(dir), version);
    }

    public void save(Path dir) {
        trees.save(dir);
        version.write(dir);
    }

    public ModelVersion version() {
        return version;
    }

    /** Scores of one month, and the reasons of those {@link #explain} was asked about. */
    public record Scored(float[] score, short[] reasons, float[] reasonValues) {

        public static final int REASONS = 3;

        /** Feature indexes of subscriber i's reasons, strongest first; -1 = none (or not explained). */
        public int reason(int i, int rank) {
            return reasons[i * REASONS + rank];
        }

        public float reasonValue(int i, int rank) {
            return reasonValues[i * REASONS + rank];
        }
    }

    /** Scores month t: P(churn within the horizon) for each subscriber {@code who} accepts, NaN for the others. */
    public Scored score(ChurnHistory history, YearMonth t, IntPredicate who) {
        int n = history.province().subscribers().size();
        float[] score = new float[n];
        short[] reasons = new short[n * Scored.REASONS];
        java.util.Arrays.fill(score, Float.NaN);
        java.util.Arrays.fill(reasons, (short) -1);
        forChunks(history, t, java.util.stream.IntStream.range(0, n).filter(who).toArray(), (rows, m) -> {
            float[] p = trees.predict(m);
            for (int r = 0; r < p.length; r++) score[rows[r]] = p[r];
        });
        return new Scored(score, reasons, new float[n * Scored.REASONS]);
    }

    /**
     * Fills the three features that raised each chosen subscriber's score most (positive SHAP
     * contributions from XGBoost). Exact SHAP costs ~0.25 ms per subscriber on one core, so the
     * cycle explains those it raises a task for, not the whole province; chunks run on all cores.
     */
    public void explain(ChurnHistory history, YearMonth t, Scored scored, IntPredicate who) {
        int n = history.province().subscribers().size();
        int chunks = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<int[]> parts = new ArrayList<>();
        int[] chosen = java.util.stream.IntStream.range(0, n).filter(i -> who.test(i) && !Float.isNaN(scored.score()[i])).toArray();
        int per = (chosen.length + chunks - 1) / chunks;
        for (int from = 0; from < chosen.length; from += Math.max(1, per)) {
            parts.add(java.util.Arrays.copyOfRange(chosen, from, Math.min(chosen.length, from + Math.max(1, per))));
        }
        // SHAP comes in the model's column order: a model saved before a feature was added lacks it
        int[] featureOf = trees.featureNames().stream().mapToInt(ChurnFeatures.names()::indexOf).toArray();
        parts.parallelStream().forEach(part -> {
            BoostedTrees own = parts.size() == 1 ? trees : trees.copy();
            try {
                forChunks(history, t, part, (rows, m) -> {
                    float[][] shap = own.contributions(m);
                    for (int r = 0; r < rows.length; r++) topReasons(shap[r], featureOf, scored.reasons(), scored.reasonValues(), rows[r], m, r);
                });
            } finally {
                if (own != trees) own.dispose();
            }
        });
    }

    /** Feature rows of {@code subscribers} (indexes, ascending), in chunks of at most {@value #SCORE_CHUNK}. */
    private static void forChunks(ChurnHistory history, YearMonth t, int[] subscribers,
                                  java.util.function.BiConsumer<int[], FeatureMatrix> sink) {
        Subscribers subs = history.province().subscribers();
        MonthUsage[] window = history.window(t);
        CallSummary calls = history.calls(t);
        int cols = ChurnFeatures.count();
        List<String> names = ChurnFeatures.names();
        float[] row = new float[cols];
        for (int from = 0; from < subscribers.length; from += SCORE_CHUNK) {
            int[] chunk = java.util.Arrays.copyOfRange(subscribers, from, Math.min(subscribers.length, from + SCORE_CHUNK));
            float[] values = new float[chunk.length * cols];
            for (int r = 0; r < chunk.length; r++) {
                ChurnFeatures.fill(row, subs, chunk[r], t, window, calls, history.complaints());
                System.arraycopy(row, 0, values, r * cols, cols);
            }
            sink.accept(chunk, new FeatureMatrix(names, values, chunk.length));
        }
    }

    /** The reasons of one subscriber as "feature=value" items, strongest first: what segments.csv holds. */
    public static String reasonCodes(Scored s, int i) {
        if (s.reason(i, 0) < 0) return "";
        StringBuilder out = new StringBuilder();
        List<String> names = ChurnFeatures.names();
        for (int rank = 0; rank < Scored.REASONS; rank++) {
            int f = s.reason(i, rank);
            if (f < 0) break;
            if (out.length() > 0) out.append(';');
            float v = s.reasonValue(i, rank);
            out.append(names.get(f)).append('=').append(Float.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v));
        }
        return out.toString();
    }

    /** {@code featureOf}: the {@link ChurnFeatures} index of each of the model's columns (the SHAP entries before the bias). */
    private static void topReasons(float[] contributions, int[] featureOf, short[] reasons, float[] values, int i, FeatureMatrix m, int r) {
        for (int rank = 0; rank < Scored.REASONS; rank++) {
            int best = -1;
            for (int c = 0; c < featureOf.length; c++) { // the bias (last entry) is no reason
                if (contributions[c] <= 0 || featureOf[c] < 0) continue;
                if (isTaken(reasons, i, rank, featureOf[c])) continue;
                if (best < 0 || contributions[c] > contributions[best]) best = c;
            }
            if (best < 0) break;
            reasons[i * Scored.REASONS + rank] = (short) featureOf[best];
            values[i * Scored.REASONS + rank] = m.get(r, featureOf[best]);
        }
    }

    private static boolean isTaken(short[] reasons, int i, int upTo, int feature) {
        for (int rank = 0; rank < upTo; rank++) if (reasons[i * Scored.REASONS + rank] == feature) return true;
        return false;
    }

    /**
     * The churn lift of each zone in the validation month, and how well the model ranks the
     * customers the rules call safe (blue, green, and those below the thresholds): what the
     * model adds to the rules.
     */
    private static Map<String, String> zoneNotes(ChurnHistory history, TrainingSet set, int[] validRows, float[] scores, float[] labels) {
        Map<Zone, long[]> byZone = new EnumMap<>(Zone.class);
        long churned = 0;
        List<Integer> safe = new ArrayList<>();
        for (int k = 0; k < validRows.length; k++) {
            int row = validRows[k];
            Zone zone = history.zone(set.subscriberOfRow()[row], set.monthOfRow()[row]).zone();
            long[] c = byZone.computeIfAbsent(zone, z -> new long[2]);
            c[0]++;
            if (labels[k] > 0) {
                c[1]++;
                churned++;
            }
            if (zone == Zone.BLUE || zone == Zone.GREEN || zone == Zone.NONE) safe.add(k);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        double overall = validRows.length == 0 ? 0 : (double) churned / validRows.length;
        notes.put("churn_rate_validation", String.format(Locale.ROOT, "%.4f", overall));
        byZone.forEach((zone, c) -> notes.put("zone_lift_" + zone.code(),
                String.format(Locale.ROOT, "%.2f (%d customers, churn rate %.4f)", overall == 0 ? 0 : c[1] / (double) c[0] / overall, c[0],
                        c[1] / (double) c[0])));
        float[] safeScores = new float[safe.size()];
        float[] safeLabels = new float[safe.size()];
        for (int j = 0; j < safe.size(); j++) {
            safeScores[j] = scores[safe.get(j)];
            safeLabels[j] = labels[safe.get(j)];
        }
        if (positives(safeLabels) > 0 && positives(safeLabels) < safeLabels.length) {
            notes.put("auc_among_rules_safe", String.format(Locale.ROOT, "%.4f", Metrics.auc(safeScores, safeLabels)));
            notes.put("top_decile_lift_among_rules_safe", String.format(Locale.ROOT, "%.2f", Metrics.topDecileLift(safeScores, safeLabels)));
        }
        return notes;
    }

    private static long positives(float[] labels) {
        long p = 0;
        for (float l : labels) if (l > 0) p++;
        return p;
    }
}
