package dev.retain.engine.complaint;

import java.util.Locale;

/** Where the filter places a complaint (004: must solve, regular, may defer); the work order's priority codes. */
public enum Placement {
    MUST_SOLVE, REGULAR, DEFER;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Placement ofCode(String code) {
        for (Placement p : values()) if (p.code.equals(code)) return p;
        throw new IllegalArgumentException("priority: unknown priority '" + code + "', expected must_solve, regular or defer");
    }
}
