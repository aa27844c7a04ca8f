package dev.retain.engine.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One usage event of the {@code usage-events} topic or {@code POST /api/v1/usage-events}, parsed:
 * the canonical MSISDN ({@code Msisdn.canonical}), when it happened, what it used and the id the
 * producer gave it (duplicates carry the same id).
 */
public record UsageEvent(String msisdn, Instant ts, long dataMilliMb, long voiceMin, long sms, String eventId) {

    public UsageEvent {
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(eventId, "eventId");
        if (dataMilliMb < 0 || voiceMin < 0 || sms < 0) throw new IllegalArgumentException("usage cannot be negative");
    }
}
