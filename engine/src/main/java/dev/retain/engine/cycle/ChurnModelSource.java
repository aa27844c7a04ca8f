package dev.retain.engine.cycle;

import dev.retain.engine.churn.ChurnModelSettings;
import java.nio.file.Path;

/**
 * Where the cycle's churn scores come from: the zones' base rates only (no model), a model
 * trained in the cycle on the province's own history (the default; falls back to the base
 * rates when the history is too short), or a saved model version.
 */
public sealed interface ChurnModelSource {

    ChurnModelSource DEFAULT = new Train(ChurnModelSettings.DEFAULTS);

    /** Zone base rates only, as before the model existed. */
    record BaseRates() implements ChurnModelSource {
    }

    /** Train on the months before the cycle's month, then score it. */
    record Train(ChurnModelSettings settings) implements ChurnModelSource {
    }

    /** Score with the model an earlier cycle saved in {@code dir} (its churn-model folder). */
    record Saved(Path dir) implements ChurnModelSource {
    }
}
