package dev.retain.app.security.internal;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to logins on /admin/users: create, change role, manager id and name,
 * disable and enable, reset the password or the second factor. Each change is audited. The
 * province never ends up without an enabled admin, and nobody disables, demotes or resets
 * themselves (another admin does that).
 */
@Component
public class UserAdministration {

    public static final String CREATED = "user_created";
    public static final String CHANGED = "user_changed";
    public static final String DISABLED = "user_disabled";
    public static final String ENABLED = "user_enabled";
    public static final String PASSWORD_RESET = "password_reset";
    public static final String TWO_FACTOR_RESET = "two_factor_reset";
    public static final String TWO_FACTOR_ENROLLED = "two_factor_enrolled";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD = 8;
    /** BCrypt reads 72 bytes; a longer password would be cut without anyone knowing. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ManagerReadModel managers;
    private final TwoFactor twoFactor;
    private final AuditLog auditLog;

    UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, ManagerReadModel managers, TwoFactor twoFactor, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.managers = managers;
        this.twoFactor = twoFactor;
        this.auditLog = auditLog;
    }

    public record Account(String username, String displayName, Role role, String managerId, boolean enabled, boolean twoFactor,
                          Instant createdAt) {
    }

    /** A refused change: a message code of the security bundle and its arguments. */
    public static final class Refused extends RuntimeException {
        private final String code;
        private final transient Object[] args;

        public Refused(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args;
        }
    }

    public List<Account> all() {
        return jdbc.sql("select username, display_name, role, manager_id, enabled, totp_secret is not null, created_at from app_user order by username")
                .query((rs, i) -> new Account(rs.getString(1), rs.getString(2), Role.ofCode(rs.getString(3)), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public Optional<Account> find(String username) {
        return all().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** Creates a login; returns a notice code when the manager id could not be checked yet (no managers imported). */
    @Transactional
    public Optional<String> create(String username, String password, String displayName, Role role, String managerId, RetainUser by) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) throw new Refused("users.error.username");
        if (find(name).isPresent()) throw new Refused("users.error.exists", name);
        checkPassword(password);
        String display = displayName(displayName, name);
        String manager = blankToNull(managerId);
        Optional<String> notice = checkManager(role, manager);
        jdbc.sql("insert into app_user (username, password_hash, display_name, role, manager_id) values (?, ?, ?, ?, ?)")
                .params(name, encoder.encode(password), display, role.code(), manager).update();
        auditLog.record(by, CREATED, "user " + name, describe(role, manager));
        return notice;
    }

    /** A merchant's staff login (issue 14): made for one merchant, by the operator's admin or that merchant's admin. */
    @Transactional
    public void createMerchantStaff(long merchantId, String username, String password, String displayName, Role role, RetainUser by) {
        if (!role.isMerchantStaff()) throw new Refused("users.error.merchant-role");
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) throw new Refused("users.error.username");
        if (find(name).isPresent()) throw new Refused("users.error.exists", name);
        checkPassword(password);
        jdbc.sql("insert into app_user (username, password_hash, display_name, role, merchant_id) values (?, ?, ?, ?, ?)")
                .params(name, encoder.encode(password), displayName(displayName, name), role.code(), merchantId).update();
        auditLog.record(by, CREATED, "user " + name, role.code() + " of merchant " + merchantId);
    }

    /** The logins of one merchant, by name. */
    public List<Account> ofMerchant(long merchantId) {
        return jdbc.sql("select username, display_name, role, manager_id, enabled, totp_secret is not null, created_at"
                        + " from app_user where merchant_id = ? order by username")
                .param(merchantId)
                .query((rs, i) -> new Account(rs.getString(1), rs.getString(2), Role.ofCode(rs.getString(3)), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The merchant a login belongs to, if it is merchant staff. */
    public Optional<Long> merchantOf(String username) {
        return jdbc.sql("select merchant_id from app_user where username = ? and merchant_id is not null").param(username)
                .query(Long.class).optional();
    }

    /** Changes name, role and manager id; the login's open sessions end at their next request if role or id changed. */
    @Transactional
    public Optional<String> change(String username, String displayName, Role role, String managerId, RetainUser by) {
        Account before = existing(username);
        // merchant staff keep their merchant: they are changed on the merchant's pages, and no one becomes merchant staff here
        if (before.role().isMerchantStaff() || role.isMerchantStaff()) throw new Refused("users.error.merchant-staff");
        String manager = blankToNull(managerId);
        if (before.username().equals(by.username()) && role != before.role()) throw new Refused("users.error.self-role");
        if (before.role() == Role.ADMIN && role != Role.ADMIN) requireAnotherAdmin(username);
        Optional<String> notice = checkManager(role, manager);
        String display = displayName(displayName, username);
        jdbc.sql("update app_user set display_name = ?, role = ?, manager_id = ? where username = ?")
                .params(display, role.code(), manager, username).update();
        List<String> changes = new ArrayList<>();
        if (role != before.role()) changes.add("role " + before.role().code() + " → " + role.code());
        if (!Objects.equals(manager, before.managerId())) changes.add("manager " + dash(before.managerId()) + " → " + dash(manager));
        if (!display.equals(before.displayName())) changes.add("name changed");
        if (!changes.isEmpty()) auditLog.record(by, CHANGED, "user " + username, String.join("; ", changes));
        return notice;
    }

    @Transactional
    public void setEnabled(String username, boolean enabled, RetainUser by) {
        Account before = existing(username);
        if (before.enabled() == enabled) return;
        if (!enabled) {
            if (username.equals(by.username())) throw new Refused("users.error.self-disable");
            if (before.role() == Role.ADMIN) requireAnotherAdmin(username);
        }
        jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update();
        auditLog.record(by, enabled ? ENABLED : DISABLED, "user " + username, null);
    }

    @Transactional
    public void resetPassword(String username, String password, RetainUser by) {
        existing(username);
        checkPassword(password);
        jdbc.sql("update app_user set password_hash = ? where username = ?").params(encoder.encode(password), username).update();
        auditLog.record(by, PASSWORD_RESET, "user " + username, null);
    }

    /** Another admin removes a login's second factor (a lost phone): the next login needs the password only. */
    @Transactional
    public void resetTwoFactor(String username, RetainUser by) {
        existing(username);
        if (username.equals(by.username())) throw new Refused("users.error.self-two-factor");
        twoFactor.reset(username);
        auditLog.record(by, TWO_FACTOR_RESET, "user " + username, null);
    }

    /** The user confirmed a code for their new secret: from now on their login needs a code. */
    public boolean confirmTwoFactor(RetainUser user, String code) {
        boolean confirmed = twoFactor.confirm(user.username(), code);
        if (confirmed) auditLog.record(user, TWO_FACTOR_ENROLLED, "user " + user.username(), null);
        return confirmed;
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> new Refused("users.error.missing", username));
    }

    private void requireAnotherAdmin(String username) {
        long others = jdbc.sql("select count(*) from app_user where role = 'admin' and enabled and username <> ?")
                .param(username).query(Long.class).single();
        if (others == 0) throw new Refused("users.error.last-admin");
    }

    /**
     * A manager role needs a manager id of an imported manager with that role; the other roles
     * have none. Before the first import there is nothing to check against: accepted with a notice.
     */
    private Optional<String> checkManager(Role role, String managerId) {
        if (role == Role.SYSTEM) throw new Refused("users.error.system-role");
        if (role.isManager() != (managerId != null)) throw new Refused(role.isManager() ? "users.error.manager-needed" : "users.error.manager-not-needed");
        if (managerId == null) return Optional.empty();
        if (!managers.anyImported()) return Optional.of("users.notice.manager-unchecked");
        String imported = managers.roleOf(managerId).orElseThrow(() -> new Refused("users.error.manager-unknown", managerId));
        if (!imported.equals(role.code())) throw new Refused("users.error.manager-role", managerId,
                new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"role." + imported}, imported));
        return Optional.empty();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) throw new Refused("users.error.password-short", MIN_PASSWORD);
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) throw new Refused("users.error.password-long", MAX_PASSWORD_BYTES);
    }

    private static String displayName(String displayName, String username) {
        String d = displayName == null ? "" : displayName.trim();
        if (d.length() > 100) throw new Refused("users.error.display-name");
        return d.isEmpty() ? username : d;
    }

    private static String describe(Role role, String managerId) {
        return "role " + role.code() + (managerId == null ? "" : ", manager " + managerId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }

}
