package dev.retain.engine.cycle;

import dev.retain.engine.churn.ProvinceChurnModel;
import dev.retain.engine.ml.ModelVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * The churn model on a schedule: trained once for a cycle month, reused by every later run of that month (a
 * re-run after fixing an export, a trial of new rules), trained anew for the next month. Training takes most of
 * a cycle's time; scoring with a saved model a few seconds.
 */
public final class ChurnModelSchedule {

    private ChurnModelSchedule() {
    }

    /**
     * The model saved in {@code modelDir} when it was trained for {@code month} with the cycle's label horizon and
     * loads, else a model to train (the default): a damaged or mismatched model is trained again, never an error.
     */
    public static ChurnModelSource forMonth(Path modelDir, YearMonth month, int horizonMonths) {
        if (!month.equals(trainedFor(modelDir))) return ChurnModelSource.DEFAULT;
        try {
            ProvinceChurnModel.load(modelDir, horizonMonths);
            return new ChurnModelSource.Saved(modelDir);
        } catch (RuntimeException unusable) {
            return ChurnModelSource.DEFAULT;
        }
    }

    /** The cycle month the saved model was trained for; null without a readable model (or one saved before this was noted). */
    public static YearMonth trainedFor(Path modelDir) {
        if (modelDir == null || !Files.isRegularFile(modelDir.resolve(ModelVersion.FILE))) return null;
        try {
            String month = ModelVersion.read(modelDir).notes().get(ProvinceChurnModel.CYCLE_MONTH_NOTE);
            return month == null ? null : YearMonth.parse(month);
        } catch (RuntimeException unreadable) {
            return null; // a damaged model is trained again, not an error
        }
    }
}
