package dev.retain.engine.calendar;

/** A year the table of official dates does not cover: the caller says so rather than guess a date. */
public final class OutsideCalendarTableException extends IllegalArgumentException {

    private final int year;

    public OutsideCalendarTableException(int year, String table, int firstYear, int lastYear) {
        super(year + " is outside the " + table + " (" + firstYear + "-" + lastYear + "): no official dates for it");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
