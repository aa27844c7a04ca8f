package dev.retain.app.metrics;

import java.util.Arrays;
import java.util.Optional;

/** Which customers of a figure's base a drill-down lists: those counted in its numerator, the rest, or the whole base. */
public enum DrillDown {
    COUNTED("counted"), REST("rest"), BASE("base");

    private final String code;

    DrillDown(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DrillDown> of(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
