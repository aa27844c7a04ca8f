package dev.retain.engine.value;

import java.time.YearMonth;

/** Months are {@link YearMonth}; hot loops compare them as one int. */
public final class Months {

    private Months() {
    }

    /** A month as one int (year*12 + month-1), cheap to compare in hot loops. */
    public static int index(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    public static YearMonth fromIndex(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
