package dev.retain.engine.load;

import java.util.List;
import java.util.Locale;

/** The channel codes a complaint may arrive through (the complaint table's {@code channel}). */
public final class ComplaintChannels {

    private ComplaintChannels() {
    }

    public static final List<String> CODES = List.of("phone_manager", "customer_manager", "hall", "hotline", "online_hall",
            "merchant", "api", "staff", "quality", "network_alarm", "analysis", "import");

    /** The code in its contract form (trimmed, lower case); an unknown one is refused naming the known ones. */
    public static String parse(String text) {
        String code = text.trim().toLowerCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("unknown channel '" + text + "' (expected " + String.join("/", CODES) + ")");
        }
        return code;
    }
}
