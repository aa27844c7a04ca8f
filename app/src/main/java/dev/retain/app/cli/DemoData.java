package dev.retain.app.cli;

import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's data checks and its logins: one user per role, the two managers being the
 * phone and customer manager with the most open tasks, so their workbench is full.
 * It runs only for `retain demo`.
 */
@Component
class DemoData {

    static final String PASSWORD = "retain2026";

    private final DemoReadModel province;
    private final Users users;

    DemoData(DemoReadModel province, Users users) {
        this.province = province;
        this.users = users;
    }

    boolean hasSubscribers() {
        return province.hasSubscribers();
    }

    DemoLogins ensureLogins() {
        List<String[]> lines = new ArrayList<>();
        add(lines, "admin", "Admin 管理员", Role.ADMIN, null);
        add(lines, "supervisor", "Supervisor 主管", Role.SUPERVISOR, null);
        add(lines, "analyst", "Analyst 分析员", Role.ANALYST, null);
        province.busiestManager("phone_manager").ifPresent(m -> add(lines, "phone", "Phone manager " + m, Role.PHONE_MANAGER, m));
        province.busiestManager("customer_manager").ifPresent(m -> add(lines, "customer", "Customer manager " + m, Role.CUSTOMER_MANAGER, m));
        return new DemoLogins(lines);
    }

    private void add(List<String[]> lines, String username, String displayName, Role role, String managerId) {
        users.createOrReplace(username, PASSWORD, displayName, role, managerId);
        lines.add(new String[] {username, role.code(), managerId == null ? "" : managerId});
    }

    /** What the demo prints. */
    record DemoLogins(List<String[]> lines) {

        void print(PrintStream out) {
            out.println("Demo logins (password " + PASSWORD + " for each):");
            for (String[] l : lines) {
                out.printf("  %-11s %-17s %s%n", l[0], l[1], l[2].isEmpty() ? "" : "manager " + l[2]);
            }
        }
    }
}
