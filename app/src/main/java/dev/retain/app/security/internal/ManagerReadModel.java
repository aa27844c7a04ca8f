package dev.retain.app.security.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the imported managers (customer's {@code manager} table) for the users screen: a
 * manager's login must name a manager of the province with the same role. A read model rather
 * than {@code customer.Managers}, because customer depends on security (its pages audit through
 * it) and the module graph has no cycles.
 */
@Component
class ManagerReadModel {

    private final JdbcClient jdbc;

    ManagerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyImported() {
        return jdbc.sql("select exists (select 1 from manager)").query(Boolean.class).single();
    }

    /** {@code customer_manager} or {@code phone_manager}, if the id was imported. */
    Optional<String> roleOf(String managerId) {
        return jdbc.sql("select role from manager where manager_id = ?").param(managerId).query(String.class).optional();
    }
}
