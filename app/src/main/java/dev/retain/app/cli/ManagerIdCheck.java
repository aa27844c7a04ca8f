package dev.retain.app.cli;

import dev.retain.app.customer.Managers;
import dev.retain.app.security.Role;
import java.util.Optional;

/**
 * A manager's login must name a manager of the province with the same role, or it would
 * open an empty workbench. Before the first import there are no managers to check against:
 * the login is then accepted with a notice.
 */
final class ManagerIdCheck {

    private ManagerIdCheck() {
    }

    /** The notice to print, if any; a UsageException when the id is wrong. */
    static Optional<String> check(Managers managers, String managerId, Role role) {
        if (managerId == null) return Optional.empty();
        if (!managers.any()) {
            return Optional.of("note: no managers imported yet, so " + managerId + " is not checked; import managers.csv to scope this login");
        }
        Optional<String> roleOfId = managers.roleOf(managerId);
        if (roleOfId.isEmpty()) throw new UsageException("user: --manager-id " + managerId + " is not in the imported managers.csv");
        if (!roleOfId.get().equals(role.code())) {
            throw new UsageException("user: manager " + managerId + " is a " + roleOfId.get() + ", not a " + role.code());
        }
        return Optional.empty();
    }
}
