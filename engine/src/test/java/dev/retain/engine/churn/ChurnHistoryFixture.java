package dev.retain.engine.churn;

import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.load.Province;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.zone.ZoneClassifier;
import dev.retain.engine.zone.ZoneThresholds;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** Loads a hand-made province for the months {@code first..last} as the churn model reads it. */
final class ChurnHistoryFixture {

    private ChurnHistoryFixture() {
    }

    static ChurnHistory load(ProvinceFiles files, Path dir, YearMonth first, YearMonth last) {
        Path in = files.writeTo(dir.resolve("in"));
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) months.add(m);
        Province p = new ProvinceLoader(in, dir.resolve("reports"), 0.5, Progress.NONE).load(months, last, months);
        return new ChurnHistory(p, new ZoneClassifier(ZoneThresholds.DEFAULTS), first, last);
    }

    static int index(ChurnHistory h, String msisdn) {
        return h.province().subscribers().index().find(msisdn);
    }

    static float feature(float[] row, String name) {
        return row[ChurnFeatures.names().indexOf(name)];
    }
}
