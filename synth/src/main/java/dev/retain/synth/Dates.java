package dev.retain.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/** Small date helpers: random days, and a month's ISO text as bytes. */
final class Dates {

    private Dates() {
    }

    /** {@code YYYY-MM} as bytes, computed once per month of the window. */
    static byte[] monthBytes(YearMonth month) {
        return month.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static LocalDate randomDay(SplittableRandom rng, YearMonth month) {
        return month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
    }

    /** A uniformly random day between the two dates, both included. */
    static LocalDate between(SplittableRandom rng, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + (span <= 0 ? 0 : rng.nextLong(span + 1)));
    }
}
