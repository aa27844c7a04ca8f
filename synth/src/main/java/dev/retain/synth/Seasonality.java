package dev.retain.synth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Province-wide month factors: the Spring Festival month brings calls and greeting SMS,
 * summer holidays bring data, and every month gets a little common noise so no two
 * months look alike. The factors are multiplied into each subscriber's own levels.
 */
final class Seasonality {

    // Official dates (lunar new year's day). Outside the table we assume February, which is
    // right more often than not and only shifts a demo's seasonality by a month.
    private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.ofEntries(
            Map.entry(2020, LocalDate.of(2020, 1, 25)),
            Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)),
            Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)),
            Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 3)));

    final double[] voice;
    final double[] data;
    final double[] sms;

    Seasonality(YearMonth firstMonth, int months, long seed) {
        voice = new double[months];
        data = new double[months];
        sms = new double[months];
        SplittableRandom rng = Rngs.forProvince(seed, Rngs.SEASON);
        for (int t = 0; t < months; t++) {
            YearMonth m = firstMonth.plusMonths(t);
            double common = Rngs.noise(rng, 0.025);
            double v = common;
            double d = common;
            double s = common;
            if (isSpringFestivalMonth(m)) {
                v *= 1.18;
                s *= 2.2;
                d *= 1.05;
            }
            int mv = m.getMonthValue();
            if (mv == 7 || mv == 8) {
                d *= 1.28;
                v *= 0.97;
            } else if (mv == 10) {
                d *= 1.08; // National Day golden week travel
            }
            voice[t] = v;
            data[t] = d;
            sms[t] = s;
        }
    }

    static boolean isSpringFestivalMonth(YearMonth month) {
        LocalDate day = SPRING_FESTIVAL.get(month.getYear());
        return day == null ? month.getMonthValue() == 2 : YearMonth.from(day).equals(month);
    }
}
