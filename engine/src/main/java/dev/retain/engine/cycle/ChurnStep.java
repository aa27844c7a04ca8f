package dev.retain.engine.cycle;

import dev.retain.engine.churn.ChurnHistory;
import dev.retain.engine.churn.ProvinceChurnModel;
import dev.retain.engine.churn.ShortHistoryException;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.value.ManagerRole;
import dev.retain.engine.zone.ZoneClassifier;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The churn model's part of a cycle: which months to load for it, then train or load the
 * model and score the month. What it did is reported in summary.json ("churn_model").
 */
final class ChurnStep {

    private final ChurnModelSource source;
    private final CycleSettings settings;
    private final Clock clock;

    ChurnStep(ChurnModelSource source, CycleSettings settings, Clock clock) {
        this.source = source;
        this.settings = settings;
        this.clock = clock;
    }

    /** Usage months to read: the cycle's three, plus the model's window and training history. */
    List<YearMonth> usageMonths(YearMonth month) {
        if (source instanceof ChurnModelSource.Train t) {
            return union(LoadedMonth.cycleMonths(month),
                    ChurnHistory.monthsToLoad(month, settings.horizonMonths(), t.settings().observationMonths()));
        }
        if (source instanceof ChurnModelSource.Saved) return union(LoadedMonth.cycleMonths(month), ChurnHistory.windowMonths(month));
        return LoadedMonth.cycleMonths(month);
    }

    /** Months whose call peers are summarised: the cycle's, and each observation month when training. */
    List<YearMonth> peerMonths(YearMonth month) {
        if (!(source instanceof ChurnModelSource.Train t)) return List.of(month);
        List<YearMonth> months = new ArrayList<>(List.of(month));
        for (int k = 0; k < t.settings().observationMonths(); k++) months.add(month.minusMonths((long) settings.horizonMonths() + k));
        return months;
    }

    LoadedMonth load(ProvinceLoader loader, YearMonth month) {
        return LoadedMonth.load(loader, month, usageMonths(month), peerMonths(month));
    }

    /** Trains or loads the model, or says why there is none; never throws for a short history. */
    ChurnResult model(LoadedMonth loaded) {
        YearMonth month = loaded.months().month();
        List<YearMonth> months = usageMonths(month);
        ChurnHistory history = new ChurnHistory(loaded.province(), new ZoneClassifier(settings.zones()), months.get(0), month);
        long t0 = System.nanoTime();
        if (source instanceof ChurnModelSource.Saved s) {
            return ChurnResult.of(history, ProvinceChurnModel.load(s.dir(), settings.horizonMonths()), "saved", t0, capacity(loaded));
        }
        if (source instanceof ChurnModelSource.Train t) {
            try {
                // the label horizon is the cycle's (value at risk uses the same one)
                ProvinceChurnModel model = ProvinceChurnModel.train(history, month, t.settings().withHorizon(settings.horizonMonths()),
                        capacity(loaded), clock);
                return ChurnResult.of(history, model, "trained", t0, capacity(loaded));
            } catch (ShortHistoryException tooShort) {
                return ChurnResult.none(history, tooShort.getMessage());
            }
        }
        return ChurnResult.none(history, "the churn model is switched off");
    }

    /**
     * How many customers the phone managers can call in a month — the K of the model's
     * precision@K: the setting's calls a month (300 by default, about fifteen a working day)
     * for each active phone manager, not their portfolio size.
     */
    private int capacity(LoadedMonth loaded) {
        long managers = loaded.province().managers().stream().filter(m -> m.role() == ManagerRole.PHONE_MANAGER && m.active()).count();
        return (int) Math.max(1, managers * settings.callsPerPhoneManager());
    }

    private static List<YearMonth> union(List<YearMonth> a, List<YearMonth> b) {
        List<YearMonth> all = new ArrayList<>(a);
        for (YearMonth m : b) if (!all.contains(m)) all.add(m);
        all.sort(null);
        return all;
    }
}
