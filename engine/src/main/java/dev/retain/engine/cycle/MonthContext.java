package dev.retain.engine.cycle;

import dev.retain.engine.load.MonthUsage;
import java.time.YearMonth;

/** The three months a cycle reads: M-1 (the closed month), M-2, and M-3 for last month's zones. */
record MonthContext(YearMonth month, MonthUsage m1, MonthUsage m2, MonthUsage m3) {

    int endEpochDay() {
        return (int) month.atEndOfMonth().toEpochDay();
    }
}
