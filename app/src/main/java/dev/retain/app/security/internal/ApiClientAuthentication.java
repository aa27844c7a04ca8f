package dev.retain.app.security.internal;

import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An integration client that presented a valid API key on this request. */
public final class ApiClientAuthentication extends AbstractAuthenticationToken {

    private final Client client;

    /** The client as the rest of the application sees it; {@code merchantId}: a merchant's till, else null. */
    public record Client(long id, String name, Set<Scope> scopes, Long merchantId) {

        public Client(long id, String name, Set<Scope> scopes) {
            this(id, name, scopes, null);
        }

        /** Who the client is in audit entries and as the author of what it writes. */
        public String username() {
            return "client:" + name;
        }

        /** A merchant's till acts as a clerk of that merchant (and is fenced like one); any other client as SYSTEM. */
        public RetainUser asUser() {
            return new RetainUser(username(), name, role(), null, merchantId);
        }

        Role role() {
            return merchantId == null ? Role.SYSTEM : Role.MERCHANT_CLERK;
        }
    }

    ApiClientAuthentication(Client client) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + client.role().name())));
        this.client = client;
        setAuthenticated(true);
    }

    public Client client() {
        return client;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return client;
    }
}
