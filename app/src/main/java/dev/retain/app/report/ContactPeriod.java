package dev.retain.app.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The periods the contact-frequency view offers, each ending today (the business date). */
public enum ContactPeriod {
    THIS_MONTH("month"), LAST_30_DAYS("30d"), LAST_90_DAYS("90d");

    private final String code;

    ContactPeriod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The period's first day, for a period ending on {@code today}. */
    public LocalDate firstDay(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_30_DAYS -> today.minusDays(29);
            case LAST_90_DAYS -> today.minusDays(89);
        };
    }

    public static Optional<ContactPeriod> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
