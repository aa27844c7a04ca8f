package dev.retain.app.security.internal;

import dev.retain.app.security.RetainUser;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of a {@link RetainUser}; serialisable, since the login is kept in a session in PostgreSQL. */
public final class RetainUserDetails extends User {

    private static final long serialVersionUID = 1L;

    private final RetainUser user;

    RetainUserDetails(RetainUser user, String passwordHash, boolean enabled) {
        super(user.username(), passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.user = user;
    }

    public RetainUser user() {
        return user;
    }
}
