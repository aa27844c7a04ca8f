package dev.retain.app.security.internal;

import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads logins from app_user. */
@Component
class JdbcUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    JdbcUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, display_name, role, manager_id, password_hash, enabled, merchant_id from app_user where username = ?")
                .param(username)
                .query((rs, i) -> new RetainUserDetails(
                        new RetainUser(rs.getString(1), rs.getString(2), Role.ofCode(rs.getString(3)), rs.getString(4), rs.getObject(7, Long.class)),
                        rs.getString(5), rs.getBoolean(6)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
