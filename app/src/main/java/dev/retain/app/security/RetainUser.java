package dev.retain.app.security;

/**
 * Who is logged in. {@code managerId} links a phone or customer manager to managers.csv;
 * {@code merchantId} a merchant's staff to their merchant; each is null for the other roles.
 */
public record RetainUser(String username, String displayName, Role role, String managerId, Long merchantId) implements java.io.Serializable {

    public RetainUser(String username, String displayName, Role role, String managerId) {
        this(username, displayName, role, managerId, null);
    }

    /** Managers see only their own customers (R14.2); everyone else sees the province. */
    public boolean scopedToOwnCustomers() {
        return role.isManager();
    }

    /** Who may ask to see a full MSISDN and name (R14.3); analysts never, and every reveal is audited. */
    public boolean mayRevealPersonalData() {
        return role != Role.ANALYST;
    }

    public boolean canWrite() {
        return role != Role.ANALYST;
    }
}
