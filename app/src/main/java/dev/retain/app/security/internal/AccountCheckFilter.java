package dev.retain.app.security.internal;

import dev.retain.app.security.RetainUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login's session ends as soon as an admin disables the login or changes its role or manager
 * id (on any instance: the check reads app_user on every request, one primary-key lookup). The
 * request then goes on as anonymous, so the page asks for a new login.
 */
final class AccountCheckFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    AccountCheckFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stylesheets, scripts and webjars show nothing of the user's: no lookup for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RetainUserDetails details && !stillValid(details.user())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(RetainUser user) {
        record Stored(String role, String managerId, boolean enabled) {
        }
        return jdbc.sql("select role, manager_id, enabled from app_user where username = ?").param(user.username())
                .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional()
                .map(s -> s.enabled() && s.role().equals(user.role().code()) && Objects.equals(s.managerId(), user.managerId()))
                .orElse(false);
    }
}
