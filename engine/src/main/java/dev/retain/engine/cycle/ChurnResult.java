package dev.retain.engine.cycle;

import dev.retain.engine.churn.ChurnHistory;
import dev.retain.engine.churn.ProvinceChurnModel;

/**
 * The cycle's churn model, if it has one: how it got it ("trained", "saved"), how long that
 * took, or why there is none (then the zones' base rates score everyone); and how many of
 * the most urgent tasks get reasons (the phone managers' calls in a month).
 */
record ChurnResult(ChurnHistory history, ProvinceChurnModel model, String source, long millis, String whyNone, int explainLimit) {

    static ChurnResult of(ChurnHistory history, ProvinceChurnModel model, String source, long startNanos, int explainLimit) {
        return new ChurnResult(history, model, source, (System.nanoTime() - startNanos) / 1_000_000, null, explainLimit);
    }

    static ChurnResult none(ChurnHistory history, String why) {
        return new ChurnResult(history, null, "base_rates", 0, why, 0);
    }

    boolean hasModel() {
        return model != null;
    }
}
