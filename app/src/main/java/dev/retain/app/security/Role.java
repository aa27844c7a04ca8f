package dev.retain.app.security;

import java.util.Arrays;

/** The roles of SPEC R14.1 that exist so far; each maps to the Spring authority ROLE_<NAME>. */
public enum Role {
    ADMIN, SUPERVISOR, PHONE_MANAGER, CUSTOMER_MANAGER, ANALYST;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** As stored in app_user.role and shown in messages ({@code role.<code>}). */
    public String code() {
        return code;
    }

    public boolean isManager() {
        return this == PHONE_MANAGER || this == CUSTOMER_MANAGER;
    }

    public static Role ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + code + "'"));
    }
}
