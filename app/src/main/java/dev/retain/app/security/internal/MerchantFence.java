package dev.retain.app.security.internal;

import dev.retain.app.security.Role;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The URL fence between a partner merchant's staff and the operator's (SPEC R14.2): merchant staff reach only the
 * portal, the counter API and the start page (which sends them to the portal); everyone else never reaches those.
 * Each controller still declares its own roles; this keeps a merchant login out of every page and API written
 * before merchants existed, whatever role list it declares.
 */
final class MerchantFence {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private MerchantFence() {
    }

    /** Merchant staff only. */
    static AuthorizationResult merchantStaff(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication who = authentication.get();
        return new AuthorizationDecision(loggedIn(who) && isMerchantStaff(who));
    }

    /** Logged in, and not merchant staff: the operator's own people and integration clients. */
    static AuthorizationResult operatorSide(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication who = authentication.get();
        return new AuthorizationDecision(loggedIn(who) && !isMerchantStaff(who));
    }

    private static boolean loggedIn(Authentication who) {
        return who != null && who.isAuthenticated() && !TRUST.isAnonymous(who);
    }

    private static boolean isMerchantStaff(Authentication who) {
        return who.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.MERCHANT_ADMIN.name()).equals(a.getAuthority())
                || ("ROLE_" + Role.MERCHANT_CLERK.name()).equals(a.getAuthority()));
    }
}
