package dev.retain.app.security.internal;

import dev.retain.app.security.ApiScope;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.aopalliance.intercept.MethodInvocation;

/**
 * {@code @PreAuthorize} as Spring Security evaluates it, with one addition: integration clients
 * are judged by {@link ApiScope} ({@link RoleOrScopeAuthorizationManager}). This is Spring
 * Security's documented way to customise {@code @PreAuthorize}: pre/post annotations off, and an
 * interceptor of our own in their place (the project uses no other method-security annotation).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class MethodSecurityConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static AuthorizationManagerBeforeMethodInterceptor preAuthorizeOrScope(ApplicationContext context) {
        PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();
        roles.setApplicationContext(context);
        AuthorizationManager<MethodInvocation> manager = new RoleOrScopeAuthorizationManager(roles);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(securedMethods(), manager);
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return interceptor;
    }

    /** Methods with @PreAuthorize or @ApiScope, on the method or on its class. */
    private static Pointcut securedMethods() {
        return new ComposablePointcut(new AnnotationMatchingPointcut(PreAuthorize.class, true))
                .union(new AnnotationMatchingPointcut(null, PreAuthorize.class, true))
                .union(new AnnotationMatchingPointcut(ApiScope.class, true))
                .union(new AnnotationMatchingPointcut(null, ApiScope.class, true));
    }
}
