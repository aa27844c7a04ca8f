package dev.retain.synth;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: how many subscribers, over how many months ending with {@code lastMonth},
 * and the seed that makes the whole province reproducible byte for byte.
 */
public record ProvinceSpec(long subscribers, int months, YearMonth lastMonth, long seed) {

    public ProvinceSpec {
        if (subscribers < 1) {
            throw new IllegalArgumentException("subscribers must be at least 1, was " + subscribers);
        }
        // 600 months is far beyond any sensible window; the bound only guards against typos.
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException("months must be between 1 and 600, was " + months);
        }
        Objects.requireNonNull(lastMonth, "lastMonth");
    }

    /** The first of the {@code months} consecutive months that end with {@code lastMonth}. */
    public YearMonth firstMonth() {
        return lastMonth.minusMonths(months - 1L);
    }
}
