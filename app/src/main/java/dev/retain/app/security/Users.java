package dev.retain.app.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who log in; passwords stored as BCrypt hashes only. */
@Service
public class Users {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    Users(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Transactional
    public void createOrReplace(String username, String rawPassword, String displayName, Role role, String managerId) {
        if (role == Role.SYSTEM) throw new IllegalArgumentException("system is the role of integration clients (/admin/clients), not of a login");
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, manager_id) values (?, ?, ?, ?, ?)
                        on conflict (username) do update set password_hash = excluded.password_hash,
                          display_name = excluded.display_name, role = excluded.role, manager_id = excluded.manager_id,
                          enabled = true""")
                .params(username, encoder.encode(rawPassword), displayName, role.code(), managerId).update();
    }

    public Optional<RetainUser> find(String username) {
        return jdbc.sql("select username, display_name, role, manager_id from app_user where username = ?")
                .param(username)
                .query((rs, i) -> new RetainUser(rs.getString(1), rs.getString(2), Role.ofCode(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    /** The stored hash, for the test that proves no clear password is kept. */
    String passwordHashOf(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).single();
    }
}
