package dev.retain.engine.complaint.evaluate;

import java.time.LocalDate;

/** 003's table: the figures before a date (a pilot's start) and from it on, and the change in percentage points. */
public record Comparison(LocalDate pivot, Figures before, Figures after) {

    /** After minus before, in whole percentage points; null when either side has nobody counted. */
    public static Integer points(Rate before, Rate after) {
        if (!before.known() || !after.known()) return null;
        return after.percent() - before.percent();
    }
}
