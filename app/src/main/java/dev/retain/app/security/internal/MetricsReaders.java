package dev.retain.app.security.internal;

import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Who may read /actuator/prometheus: a client with the metrics scope, or an admin. */
final class MetricsReaders {

    private MetricsReaders() {
    }

    static AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication who = authentication.get();
        if (who instanceof ApiClientAuthentication client) {
            return new AuthorizationDecision(client.client().scopes().contains(Scope.METRICS_READ));
        }
        boolean admin = who != null && who.isAuthenticated()
                && who.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
        return new AuthorizationDecision(admin);
    }
}
