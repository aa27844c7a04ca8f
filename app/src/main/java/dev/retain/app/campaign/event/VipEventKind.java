package dev.retain.app.campaign.event;

import java.util.Arrays;

/** What an event is. */
public enum VipEventKind {
    CLUB, LECTURE, SHOW;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static VipEventKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new VipEventRefused("vip.error.kind"));
    }
}
