package dev.retain.app.campaign.event;

import java.util.Arrays;

/** Whom a pool's tickets are for: VIP rewards, key-account relations, high-value customers' experiences (R7.6). */
public enum TicketPoolKind {
    VIP_REWARD, KEY_ACCOUNT, HVC_EXPERIENCE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TicketPoolKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new VipEventRefused("vip.error.pool-kind"));
    }
}
