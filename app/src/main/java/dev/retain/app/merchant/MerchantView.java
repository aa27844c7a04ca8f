package dev.retain.app.merchant;

import java.time.Instant;

/** One merchant: {@code state} online (customers may use it) or offline; {@code deletedAt} set once deleted. */
public record MerchantView(long id, String code, String name, MerchantClub club, String region, String contactName,
                           String contactPhone, String state, int version, Instant createdAt, Instant deletedAt) {

    public boolean online() {
        return "online".equals(state) && deletedAt == null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
