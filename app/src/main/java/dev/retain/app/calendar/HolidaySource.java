package dev.retain.app.calendar;

import java.util.Locale;

/** Where a year's arrangement came from: the engine's shipped table, or the admin (form or CSV). */
public enum HolidaySource {
    SHIPPED, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
