package dev.retain.app.notify.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * How far an opt-out reaches, on every channel at once (R14.4). {@link #MARKETING}: no marketing or
 * care message (what a reply such as TD asks for: the customer still gets the one-time codes and
 * alerts they need). {@link #ALL}: an explicit block by staff, which stops service messages too.
 */
public enum OptOutScope {
    MARKETING, ALL;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static OptOutScope ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown opt-out scope '" + code + "' (marketing or all)"));
    }
}
