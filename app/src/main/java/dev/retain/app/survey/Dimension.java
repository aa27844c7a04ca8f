package dev.retain.app.survey;

import java.util.List;

/** Seed 001's six dimensions of service, in the order the questionnaire asks them; {@code code} as stored. */
public enum Dimension {
    ATTITUDE, EFFICIENCY, QUALITY, ENVIRONMENT, PRICE, NEEDS;

    public static final List<Dimension> ALL = List.of(values());

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Dimension ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
