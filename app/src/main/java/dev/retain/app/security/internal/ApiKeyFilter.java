package dev.retain.app.security.internal;

import dev.retain.app.security.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code Authorization: Bearer rtk_…} on the API: the integration client whose key it is, for this
 * request only. A wrong key counts against the caller's address like a wrong password (a locked
 * address gets 429). Every call of a client is audited after it ran: the client, the endpoint's
 * pattern (never the URL, which may hold a phone number) and the status.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final Clock clock;
    private final boolean auditCalls;

    ApiKeyFilter(ApiClients clients, LoginThrottle throttle, AuditLog auditLog, Clock clock) {
        this(clients, throttle, auditLog, clock, true);
    }

    /**
     * {@code auditCalls=false}: a refused key is still audited and counted, but accepted calls are not
     * (a metrics scraper calls every few seconds and reads counts, no personal data).
     */
    ApiKeyFilter(ApiClients clients, LoginThrottle throttle, AuditLog auditLog, Clock clock, boolean auditCalls) {
        this.clients = clients;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.clock = clock;
        this.auditCalls = auditCalls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<LoginThrottle.Lock> lock = throttle.addressLock(address);
        if (lock.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(new LoginLockedException(lock.get().until(), clock.instant()).retryAfterSeconds()));
            ApiProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "too many failed logins from here: try again later");
            return;
        }
        String presented = header.substring(BEARER.length());
        Optional<ApiClientAuthentication.Client> client = clients.authenticate(presented);
        if (client.isEmpty()) {
            throttle.failedKey(address);
            auditLog.recordAs("-", AuditLog.API_KEY_REFUSED, "key " + ApiClients.keyIdOf(presented), "from " + address);
            response.addHeader("WWW-Authenticate", "Bearer realm=\"retain\", error=\"invalid_token\"");
            ApiProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unknown, revoked or expired API key");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(client.get()));
        SecurityContextHolder.setContext(context);
        if (!auditCalls) {
            chain.doFilter(request, response);
            return;
        }
        int status = 500; // what the client got if the call ends in an exception nobody turned into a response
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            auditLog.recordAs(client.get().username(), AuditLog.API_CALL, request.getMethod() + " " + endpoint(request), String.valueOf(status));
        }
    }

    /** The matched route, e.g. /api/v1/tasks/{taskId}/outcome; a URL no endpoint matched is not repeated. */
    private static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern instanceof String p && p.startsWith("/api/") ? p : "(no such endpoint)";
    }
}
