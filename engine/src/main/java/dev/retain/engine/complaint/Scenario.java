package dev.retain.engine.complaint;

import java.util.Locale;

/** 003's handling scenarios of a network complaint; each has its response guidance (messages complaint.scenario.*). */
public enum Scenario {
    PLANNED_IN_CONSTRUCTION, CANNOT_SOLVE_NOW, SHORT_TERM_SOLVABLE;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Scenario ofCode(String code) {
        for (Scenario s : values()) if (s.code.equals(code)) return s;
        throw new IllegalArgumentException("scenario: unknown scenario '" + code + "'");
    }
}
