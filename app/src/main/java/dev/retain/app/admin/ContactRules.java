package dev.retain.app.admin;

import java.time.LocalTime;

/**
 * The contact policy's settings in force: at most {@code weeklyCap} marketing and care messages per
 * customer and channel in a calendar week, {@code monthlyCap} in a calendar month, and none during
 * quiet hours, from {@code quietStartHour}:00 to {@code quietEndHour}:00 in the business zone (over
 * midnight when the start is later than the end; no quiet hours when they are equal).
 */
public record ContactRules(int weeklyCap, int monthlyCap, int quietStartHour, int quietEndHour) {

    public LocalTime quietStart() {
        return LocalTime.of(quietStartHour, 0);
    }

    public LocalTime quietEnd() {
        return LocalTime.of(quietEndHour, 0);
    }

    public boolean hasQuietHours() {
        return quietStartHour != quietEndHour;
    }
}
