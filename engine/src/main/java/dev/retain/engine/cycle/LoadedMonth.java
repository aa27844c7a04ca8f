package dev.retain.engine.cycle;

import dev.retain.engine.load.Province;
import dev.retain.engine.load.ProvinceLoader;
import java.time.YearMonth;
import java.util.List;

/**
 * What a cycle for month {@code m} reads: the province with usage of m, m-1 and m-2 and the
 * call peers of m. The cycle and the rules dry run load it the same way.
 */
record LoadedMonth(Province province, MonthContext months) {

    static LoadedMonth load(ProvinceLoader loader, YearMonth month) {
        Province province = loader.load(List.of(month, month.minusMonths(1), month.minusMonths(2)), month);
        MonthContext months = new MonthContext(month, province.usage().month(month),
                province.usage().month(month.minusMonths(1)), province.usage().month(month.minusMonths(2)));
        if (months.m1().rows() == 0) {
            throw new IllegalArgumentException("usage_monthly.csv has no rows for " + month + ": is the month closed and imported?");
        }
        return new LoadedMonth(province, months);
    }
}
