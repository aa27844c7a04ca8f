package dev.retain.engine.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** The festivals of SPEC R6.2 the care calendar greets, with their codes in the tables and moment ids. */
public enum Festival {
    NEW_YEAR(Kind.FIXED, 1, 1),
    SPRING(Kind.LUNAR, 1, 1),
    LANTERN(Kind.LUNAR, 1, 15),
    QINGMING(Kind.SOLAR_TERM, 0, 0),
    DRAGON_BOAT(Kind.LUNAR, 5, 5),
    MID_AUTUMN(Kind.LUNAR, 8, 15),
    NATIONAL_DAY(Kind.FIXED, 10, 1);

    /** How the date is defined: a fixed solar date, a lunar month and day, or the solar term 清明 (sun at 15°). */
    public enum Kind { FIXED, LUNAR, SOLAR_TERM }

    private final Kind kind;
    private final int month;
    private final int day;
    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

    Festival(Kind kind, int month, int day) {
        this.kind = kind;
        this.month = month;
        this.day = day;
    }

    /** {@code spring}, {@code dragon-boat}, … as in festivals.csv and the moment ids. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The lunar month (LUNAR) or solar month (FIXED) of the festival. */
    public int month() {
        return month;
    }

    public int day() {
        return day;
    }

    /** The date of a FIXED festival in {@code year}. */
    LocalDate fixedIn(int year) {
        if (kind != Kind.FIXED) throw new IllegalStateException(code + " has no fixed date");
        return LocalDate.of(year, month, day);
    }

    public static Festival parse(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown festival '" + code + "'"));
    }
}
