package dev.retain.app.security.internal;

import dev.retain.app.security.RetainUser;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of a {@link RetainUser}. */
public final class RetainUserDetails extends User {

    private final transient RetainUser user;

    RetainUserDetails(RetainUser user, String passwordHash, boolean enabled) {
        super(user.username(), passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.user = user;
    }

    public RetainUser user() {
        return user;
    }
}
