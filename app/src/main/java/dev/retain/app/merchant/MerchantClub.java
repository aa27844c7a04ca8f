package dev.retain.app.merchant;

import java.util.Arrays;
import java.util.Locale;

/** The five clubs of seed 002 a partner merchant belongs to (women, health, leisure, phone, car owners). */
public enum MerchantClub {
    WOMEN, HEALTH, LEISURE, PHONE, CAR;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** As stored in merchant.club and used in message keys ({@code merchant.club.<code>}). */
    public String code() {
        return code;
    }

    public static MerchantClub ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new MerchantRefused("merchant.error.club", code));
    }
}
