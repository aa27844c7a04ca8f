package dev.retain.app.calendar;

import java.util.Locale;

/** A listed day: a day off of a break, or a make-up working day (a weekend day worked, 调休). */
public enum HolidayKind {
    HOLIDAY, WORKDAY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
