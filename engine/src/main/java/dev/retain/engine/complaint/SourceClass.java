package dev.retain.engine.complaint;

import java.util.Locale;

/** 004's four classes of discovery; the channel a complaint came through decides its class. */
public enum SourceClass {
    /** Internal staff and quality supervisors. */
    INTERNAL,
    /** The 10086 hotline, business halls, online hall, managers, merchants and other systems' front ends. */
    HOTLINE_HALL,
    /** Network alarms and monitoring systems. */
    NETWORK,
    /** Bulk analysis of records (imports, data mining). */
    ANALYSIS;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** The channels a complaint may arrive through (the codes the complaint table documents). */
    public static final java.util.List<String> CHANNELS = java.util.List.of("phone_manager", "customer_manager", "hall", "hotline",
            "online_hall", "merchant", "api", "staff", "quality", "network_alarm", "analysis", "import");

    /** The class of a channel code; an unknown channel is refused, naming it. */
    public static SourceClass ofChannel(String channel) {
        if (channel == null) throw new IllegalArgumentException("channel: missing");
        return switch (channel) {
            case "staff", "quality" -> INTERNAL;
            case "phone_manager", "customer_manager", "hall", "hotline", "online_hall", "merchant", "api" -> HOTLINE_HALL;
            case "network_alarm" -> NETWORK;
            case "analysis", "import" -> ANALYSIS;
            default -> throw new IllegalArgumentException("channel: unknown channel '" + channel + "', expected one of " + CHANNELS);
        };
    }
}
