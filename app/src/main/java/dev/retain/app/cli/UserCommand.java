package dev.retain.app.cli;

import dev.retain.app.customer.Managers;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.io.PrintStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code retain user}: creates a login (or resets it) on the configured database, so that a
 * `retain serve` installation without demo data can be logged in to. Managers are linked to
 * their managers.csv id, which scopes them to their own customers.
 */
final class UserCommand {

    static final Set<String> OPTIONS = Set.of("username", "password", "role", "name", "manager-id");

    private UserCommand() {
    }

    static int run(Options o, PrintStream out) {
        String username = o.required("username");
        String password = o.required("password");
        if (password.length() < 8) throw new UsageException("user: --password needs at least 8 characters");
        Role role = role(o.required("role"));
        String managerId = o.text("manager-id", null);
        if (role.isManager() != (managerId != null)) {
            throw new UsageException("user: --manager-id is required for " + role.code() + " and only for the two manager roles");
        }
        try (ConfigurableApplicationContext context = ImportCommand.start("--logging.level.root=WARN", "--retain.jobs.enabled=false")) {
            ManagerIdCheck.check(context.getBean(Managers.class), managerId, role).ifPresent(out::println);
            context.getBean(Users.class).createOrReplace(username, password, o.text("name", username), role, managerId);
        }
        out.println("login " + username + " (" + role.code() + (managerId == null ? "" : ", manager " + managerId) + ") saved");
        return 0;
    }

    private static Role role(String code) {
        // integration clients (role system) are made on /admin/clients, not as logins
        return Role.loginRoles().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new UsageException("user: --role must be one of "
                        + Role.loginRoles().stream().map(Role::code).collect(Collectors.joining(", ")) + ", not '" + code + "'"));
    }
}
