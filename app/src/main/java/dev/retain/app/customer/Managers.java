package dev.retain.app.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported managers (managers.csv) as other modules may change them: row locks that
 * serialise reassignments against each other and against an import updating the same
 * managers, and marking a manager who left inactive. The locks are held until the caller's
 * transaction ends, so they must be taken inside one.
 */
@Service
public class Managers {

    private final JdbcClient jdbc;

    Managers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the manager's row; false when there is no such manager. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(String managerId) {
        return !jdbc.sql("select manager_id from manager where manager_id = ? for update").param(managerId)
                .query(String.class).list().isEmpty();
    }

    /** Locks the active managers of a role, of one region or all (null); returns their ids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> lockActive(String role, String region) {
        return jdbc.sql("""
                        select manager_id from manager where active and role = ? and (?::text is null or region = ?)
                        order by manager_id for update""")
                .params(role, region, region).query(String.class).list();
    }

    /** The manager has left: the next cycle routes no customer to them. */
    public void deactivate(String managerId) {
        jdbc.sql("update manager set active = false where manager_id = ?").param(managerId).update();
    }

    /** The role of an imported manager ({@code customer_manager} or {@code phone_manager}). */
    public Optional<String> roleOf(String managerId) {
        return jdbc.sql("select role from manager where manager_id = ?").param(managerId).query(String.class).optional();
    }

    /** Whether any manager has been imported yet. */
    public boolean any() {
        return jdbc.sql("select exists (select 1 from manager)").query(Boolean.class).single();
    }
}
