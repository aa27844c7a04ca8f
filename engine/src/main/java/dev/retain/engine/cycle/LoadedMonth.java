package dev.retain.engine.cycle;

import dev.retain.engine.grade.RfmMeasures;
import dev.retain.engine.load.Province;
import dev.retain.engine.load.ProvinceLoader;
import java.time.YearMonth;
import java.util.List;

/**
 * What a cycle for month {@code m} reads: the province with usage of m and the five months before it
 * (m, m-1, m-2 for the zones; all six for the RFM scores of value grading) and the call peers of m — plus, when the churn model trains or scores, the months it needs. The
 * cycle and the rules dry run load it the same way.
 */
record LoadedMonth(Province province, MonthContext months) {

    static List<YearMonth> cycleMonths(YearMonth month) {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (int back = RfmMeasures.WINDOW - 1; back >= 0; back--) months.add(month.minusMonths(back));
        return List.copyOf(months);
    }

    static LoadedMonth load(ProvinceLoader loader, YearMonth month) {
        return load(loader, month, cycleMonths(month), List.of(month));
    }

    static LoadedMonth load(ProvinceLoader loader, YearMonth month, List<YearMonth> usageMonths, List<YearMonth> peerMonths) {
        LoadedMonth loaded = loadPart(loader, month, usageMonths, peerMonths);
        if (loaded.months().m1().rows() == 0) {
            throw new IllegalArgumentException("usage_monthly.csv has no rows for " + month + ": is the month closed and imported?");
        }
        return loaded;
    }

    /** A part of a province (the Spark job's partition), which may hold no usage of the month: the job checks the whole. */
    static LoadedMonth loadPart(ProvinceLoader loader, YearMonth month, List<YearMonth> usageMonths, List<YearMonth> peerMonths) {
        Province province = loader.load(usageMonths, month, peerMonths);
        MonthContext months = new MonthContext(month, province.usage().month(month),
                province.usage().month(month.minusMonths(1)), province.usage().month(month.minusMonths(2)));
        return new LoadedMonth(province, months);
    }
}
