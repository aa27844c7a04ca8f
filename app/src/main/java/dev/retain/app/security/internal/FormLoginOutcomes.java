package dev.retain.app.security.internal;

import dev.retain.app.security.AuditLog;
import java.util.Map;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/** Where the login form leads: home after a login (audited), the form again after a failure, saying so when locked. */
final class FormLoginOutcomes {

    private FormLoginOutcomes() {
    }

    static AuthenticationSuccessHandler success(AuditLog auditLog) {
        SimpleUrlAuthenticationSuccessHandler home = new SimpleUrlAuthenticationSuccessHandler("/");
        home.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            auditLog.recordAs(authentication.getName(), AuditLog.LOGIN, request.getRemoteAddr(), "form");
            home.onAuthenticationSuccess(request, response, authentication);
        };
    }

    static AuthenticationFailureHandler failure() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LoginLockedException.class.getName(), "/login?locked"));
        return handler;
    }
}
