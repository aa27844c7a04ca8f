package dev.retain.app.security;

import dev.retain.app.security.internal.ApiClients;
import dev.retain.app.security.internal.UserAdministration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The logins of a partner merchant's staff (SPEC R11.1; issue 14), for the merchant module: the operator's admin
 * makes a merchant's first admin, that admin makes its clerks. Each is bound to one merchant for good; a refusal
 * is a {@link StaffLoginRefused} with a message code of the security bundle.
 */
@Service
public class MerchantStaffLogins {

    public record StaffLogin(String username, String displayName, Role role, boolean enabled, Instant createdAt) {
    }

    /** A till's API key as issued: {@code key} is shown once and can never be read back. */
    public record TillKey(long clientId, String name, String key) {
    }

    /** A till of the merchant, without its key. */
    public record Till(long clientId, String name, String createdBy, Instant createdAt, Instant revokedAt) {
    }

    private final UserAdministration users;
    private final ApiClients clients;

    MerchantStaffLogins(UserAdministration users, ApiClients clients) {
        this.users = users;
        this.clients = clients;
    }

    /**
     * An API key for the merchant's own till: it calls /api/v1/counter/** as a clerk of this merchant and reaches
     * nothing else, with no password hash to check on every call.
     */
    public TillKey createTillKey(long merchantId, String name, RetainUser by) {
        try {
            ApiClients.IssuedKey issued = clients.createTill(merchantId, name, by);
            return new TillKey(issued.clientId(), issued.clientName(), issued.key());
        } catch (ApiClients.Refused refused) {
            throw new StaffLoginRefused(refused.code(), name);
        }
    }

    public List<Till> tillsOf(long merchantId) {
        return clients.tillsOf(merchantId).stream()
                .map(c -> new Till(c.id(), c.name(), c.createdBy(), c.createdAt(), c.revokedAt())).toList();
    }

    /** A new key for one of the merchant's tills; its older keys stop working at once. */
    public TillKey renewTillKey(long merchantId, long clientId, RetainUser by) {
        Till till = tillsOf(merchantId).stream().filter(t -> t.clientId() == clientId).findFirst()
                .orElseThrow(() -> new StaffLoginRefused("clients.error.missing", String.valueOf(clientId)));
        try {
            return new TillKey(clientId, till.name(), clients.rotate(clientId, java.time.Duration.ZERO, by).key());
        } catch (ApiClients.Refused refused) {
            throw new StaffLoginRefused(refused.code(), till.name());
        }
    }

    /** Revokes one of the merchant's tills; another merchant's till is refused as unknown. */
    public void revokeTillKey(long merchantId, long clientId, RetainUser by) {
        if (clients.tillsOf(merchantId).stream().noneMatch(c -> c.id() == clientId)) {
            throw new StaffLoginRefused("clients.error.missing", String.valueOf(clientId));
        }
        clients.revoke(clientId, by);
    }

    public void create(long merchantId, String username, String password, String displayName, Role role, RetainUser by) {
        refusalsAsPublic(() -> users.createMerchantStaff(merchantId, username, password, displayName, role, by));
    }

    public List<StaffLogin> ofMerchant(long merchantId) {
        return users.ofMerchant(merchantId).stream()
                .map(a -> new StaffLogin(a.username(), a.displayName(), a.role(), a.enabled(), a.createdAt())).toList();
    }

    /** Enables or disables one of {@code merchantId}'s logins; another merchant's login is refused as unknown. */
    public void setEnabled(long merchantId, String username, boolean enabled, RetainUser by) {
        if (!users.merchantOf(username).map(m -> m == merchantId).orElse(false)) {
            throw new StaffLoginRefused("users.error.missing", username);
        }
        refusalsAsPublic(() -> users.setEnabled(username, enabled, by));
    }

    private static void refusalsAsPublic(Runnable change) {
        try {
            change.run();
        } catch (UserAdministration.Refused refused) {
            throw new StaffLoginRefused(refused.code(), refused.args());
        }
    }

    /** A login change refused: {@link #code()} is a message key of the security bundle, with {@link #args()}. */
    public static final class StaffLoginRefused extends RuntimeException {
        private final String code;
        private final transient Object[] args;

        public StaffLoginRefused(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args;
        }
    }
}
