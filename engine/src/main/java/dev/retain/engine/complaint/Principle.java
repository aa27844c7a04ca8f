package dev.retain.engine.complaint;

import java.util.Locale;

/** 004's five filter principles, each scored 0..1 for a complaint. */
public enum Principle {
    /** Return on investment: the customer's monthly bill against the bill the admin counts as full value. */
    RETURN_ON_INVESTMENT,
    /** Customer class: the VIP card. */
    CUSTOMER_CLASS,
    /** Area importance: the admin's weight of the customer's region or branch. */
    AREA_IMPORTANCE,
    /** Repeat count: earlier complaints of the same customer and category in the window. */
    REPEAT_COUNT,
    /** Competitive comparison: the share of the customer's calls that go to other operators. */
    COMPETITION;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Principle ofCode(String code) {
        for (Principle p : values()) if (p.code.equals(code)) return p;
        throw new IllegalArgumentException("unknown filter principle '" + code + "'");
    }
}
