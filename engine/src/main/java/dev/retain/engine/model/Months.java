package dev.retain.engine.model;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months are {@link YearMonth}; this parses the contract's {@code YYYY-MM} with a clear error. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("not a month YYYY-MM: '" + text + "'");
        }
    }

    /** A month as one int (year*12 + month-1), cheap to compare in hot loops. */
    public static int index(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    public static YearMonth fromIndex(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
