package dev.retain.engine.churn;

import dev.retain.engine.ml.BoostSettings;

/**
 * How the province's churn model is trained: the label horizon (months after the
 * observation month), how many observation months (the latest one validates, the earlier
 * ones train), and the most subscriber-months to train on (a reproducible sample beyond it).
 */
public record ChurnModelSettings(int horizonMonths, int observationMonths, long maxTrainingRows, BoostSettings boost) {

    /**
     * Trees for a monthly run: a learning rate of 0.1 and at most 400 rounds. The generic
     * default (0.05, up to 2,000) stopped at round 753 on a 1M province, which made scoring
     * and SHAP 2× slower for an AUC gain in the third decimal (docs/performance.md).
     */
    public static final BoostSettings PROVINCE_TREES = new BoostSettings(400, 30, 0.1, 4, 0.8, 0.8, 1.0, 1.0, 0, 7L);

    public static final ChurnModelSettings DEFAULTS = new ChurnModelSettings(2, 6, 400_000, PROVINCE_TREES);

    public ChurnModelSettings {
        if (horizonMonths < 1) throw new IllegalArgumentException("churn horizon must be at least 1 month");
        if (observationMonths < 2) throw new IllegalArgumentException("churn training needs at least 2 observation months (train and validate)");
        if (maxTrainingRows < 1000) throw new IllegalArgumentException("churn training needs at least 1,000 rows");
    }

    public ChurnModelSettings withHorizon(int months) {
        return new ChurnModelSettings(months, observationMonths, maxTrainingRows, boost);
    }
}
