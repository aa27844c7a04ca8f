package dev.retain.engine.calendar;

/**
 * A date of the Chinese lunar calendar (农历). {@code year} is the Gregorian year in which that
 * lunar year begins (its Spring Festival), so 2026-12-30 of the lunar calendar is in lunar year
 * 2026 although it falls in February 2027.
 */
public record LunarDate(int year, int month, boolean leap, int day) {

    public LunarDate {
        if (month < 1 || month > 12) throw new IllegalArgumentException("lunar month " + month + " is not 1-12");
        if (day < 1 || day > 30) throw new IllegalArgumentException("lunar day " + day + " is not 1-30");
    }

    /** 二〇二六年闰六月初五 reads {@code 2026-L06-05}; a regular month {@code 2026-06-05}. */
    @Override
    public String toString() {
        return String.format("%d-%s%02d-%02d", year, leap ? "L" : "", month, day);
    }
}
