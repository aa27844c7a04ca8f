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

    /**
     * Display names are people's names, as a real operator's staff would have: the page shows
     * the role beside the name in the reader's language ("陈静 · 管理员", "陈静 · Admin"), so a
     * stored name must not carry a role in one language. The managers are the province's own
     * (their name in managers.csv, with their id).
     */
    DemoLogins ensureLogins() {
        List<String[]> lines = new ArrayList<>();
        add(lines, "admin", ADMIN_NAME, Role.ADMIN, null);
        add(lines, "supervisor", SUPERVISOR_NAME, Role.SUPERVISOR, null);
        add(lines, "analyst", ANALYST_NAME, Role.ANALYST, null);
        add(lines, "handler", HANDLER_NAME, Role.COMPLAINT_HANDLER, null);
        province.busiestManager("phone_manager")
                .ifPresent(m -> add(lines, "phone", managerName(m), Role.PHONE_MANAGER, m.id()));
        province.busiestManager("customer_manager")
                .ifPresent(m -> add(lines, "customer", managerName(m), Role.CUSTOMER_MANAGER, m.id()));
        return new DemoLogins(lines);
    }

    static final String ADMIN_NAME = "陈静";
    static final String SUPERVISOR_NAME = "周建国";
    static final String ANALYST_NAME = "林晓";
    static final String HANDLER_NAME = "吴敏";

    /** "王芳 (PM-HZ-001)": the manager's name, and the id the workbench and the dashboard show. */
    static String managerName(DemoReadModel.DemoManager m) {
        return m.name() + " (" + m.id() + ")";
    }

    private void add(List<String[]> lines, String username, String displayName, Role role, String managerId) {
        users.createOrReplace(username, PASSWORD, displayName, role, managerId);
        lines.add(new String[] {username, role.code(), managerId == null ? "" : managerId});
    }

    /** What the demo prints. */
    record DemoLogins(List<String[]> lines) {

        /** A login made elsewhere (a merchant's staff), printed with its merchant. */
        void add(String username, Role role, String note) {
            lines.add(new String[] {username, role.code(), note});
        }

        void print(PrintStream out) {
            out.println("Demo logins (password " + PASSWORD + " for each):");
            for (String[] l : lines) {
                out.printf("  %-11s %-17s %s%n", l[0], l[1], l[2].isEmpty() ? "" : l[1].startsWith("merchant") ? l[2] : "manager " + l[2]);
            }
        }
    }
}
