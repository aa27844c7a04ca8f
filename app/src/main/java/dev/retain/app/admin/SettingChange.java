package dev.retain.app.admin;

import java.time.Instant;

/** One setting changed by one save: what it was, what it became, who changed it and when. */
public record SettingChange(String key, String oldValue, String newValue, String changedBy, Instant changedAt) {
}
