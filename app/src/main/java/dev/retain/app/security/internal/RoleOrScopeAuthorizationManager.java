package dev.retain.app.security.internal;

import dev.retain.app.security.ApiScope;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * Who may call a secured method: a person by the method's {@code @PreAuthorize} roles, as Spring
 * Security decides alone; an integration client by the {@link ApiScope} the method (or its class)
 * declares and nothing else — a method without a scope is refused to every client.
 */
final class RoleOrScopeAuthorizationManager implements AuthorizationManager<MethodInvocation>, MethodAuthorizationDeniedHandler {

    private final PreAuthorizeAuthorizationManager roles;

    RoleOrScopeAuthorizationManager(PreAuthorizeAuthorizationManager roles) {
        this.roles = roles;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, MethodInvocation invocation) {
        if (authentication.get() instanceof ApiClientAuthentication client) {
            ApiScope needed = scopeOf(invocation);
            return new AuthorizationDecision(needed != null && client.client().scopes().contains(needed.value()));
        }
        return roles.authorize(authentication, invocation);
    }

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        return roles.handleDeniedInvocation(invocation, result);
    }

    static ApiScope scopeOf(MethodInvocation invocation) {
        Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass() : AopUtils.getTargetClass(invocation.getThis());
        Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), target);
        ApiScope onMethod = AnnotatedElementUtils.findMergedAnnotation(method, ApiScope.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(target, ApiScope.class);
    }
}
