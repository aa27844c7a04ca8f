package dev.retain.app.cli;

import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's data checks and its logins: one user per role, the two managers being the
 * phone and customer manager with the most open tasks, so their workbench is full.
 * Read-only SQL over the province tables; it runs only for `retain demo`.
 */
@Component
class DemoData {

    static final String PASSWORD = "retain2026";

    private final JdbcClient jdbc;
    private final Users users;

    DemoData(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    boolean hasSubscribers() {
        return jdbc.sql("select exists (select 1 from subscriber)").query(Boolean.class).single();
    }

    DemoLogins ensureLogins() {
        List<String[]> lines = new ArrayList<>();
        add(lines, "admin", "Admin 管理员", Role.ADMIN, null);
        add(lines, "supervisor", "Supervisor 主管", Role.SUPERVISOR, null);
        add(lines, "analyst", "Analyst 分析员", Role.ANALYST, null);
        busiest("phone_manager").ifPresent(m -> add(lines, "phone", "Phone manager " + m, Role.PHONE_MANAGER, m));
        busiest("customer_manager").ifPresent(m -> add(lines, "customer", "Customer manager " + m, Role.CUSTOMER_MANAGER, m));
        return new DemoLogins(lines);
    }

    private java.util.Optional<String> busiest(String role) {
        return jdbc.sql("""
                        select t.manager_id from task t join manager m on m.manager_id = t.manager_id
                        where m.role = ? and t.status = 'open' group by t.manager_id order by count(*) desc, t.manager_id limit 1""")
                .param(role).query(String.class).optional();
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
