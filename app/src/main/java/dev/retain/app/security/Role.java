package dev.retain.app.security;

import java.util.Arrays;

/**
 * The roles of SPEC R14.1 that exist so far; each maps to the Spring authority ROLE_<NAME>.
 * {@link #SYSTEM} is another system calling the API with a key (an integration client, managed on
 * /admin/clients): it is never a login, and what it may call is decided by its scopes ({@link ApiScope}).
 */
public enum Role {
    ADMIN, SUPERVISOR, PHONE_MANAGER, CUSTOMER_MANAGER, COMPLAINT_HANDLER, ANALYST, MERCHANT_ADMIN, MERCHANT_CLERK, SYSTEM;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** As stored in app_user.role and shown in messages ({@code role.<code>}). */
    public String code() {
        return code;
    }

    public boolean isManager() {
        return this == PHONE_MANAGER || this == CUSTOMER_MANAGER;
    }

    /** A partner merchant's staff (issue 14): sees only its own merchant's data, never the operator's customers. */
    public boolean isMerchantStaff() {
        return this == MERCHANT_ADMIN || this == MERCHANT_CLERK;
    }

    /**
     * The roles the operator's admin gives on /admin/users and the CLI. Merchant staff belong to a merchant and are
     * made on its pages (the operator's merchant screens, the merchant admin's portal), so they are not among them.
     */
    public static java.util.List<Role> loginRoles() {
        return Arrays.stream(values()).filter(r -> r != SYSTEM && !r.isMerchantStaff()).toList();
    }

    public static Role ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + code + "'"));
    }
}
