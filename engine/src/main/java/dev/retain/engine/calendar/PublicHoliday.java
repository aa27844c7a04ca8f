package dev.retain.engine.calendar;

import java.util.Arrays;
import java.util.Locale;

/** The State Council's public holidays, as the holiday table names them (2025 joined National Day and Mid-Autumn in one break). */
public enum PublicHoliday {
    NEW_YEAR, SPRING, QINGMING, LABOUR_DAY, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY, NATIONAL_DAY_MID_AUTUMN;

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String code() {
        return code;
    }

    public static PublicHoliday parse(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown public holiday '" + code + "'"));
    }
}
