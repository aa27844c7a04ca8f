package dev.retain.app.cli;

import dev.retain.app.retention.TaskStatus;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What `retain demo` asks of the province before it prints the logins: whether anything was
 * imported, and which phone and customer manager has the most open tasks (their workbench
 * is full), with their name. Read-only SQL over the customer and retention modules' tables.
 */
@Component
class DemoReadModel {

    private final JdbcClient jdbc;

    DemoReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A manager of the province (managers.csv): id and name. */
    record DemoManager(String id, String name) {
    }

    boolean hasSubscribers() {
        return jdbc.sql("select exists (select 1 from subscriber)").query(Boolean.class).single();
    }

    Optional<DemoManager> busiestManager(String role) {
        return jdbc.sql("""
                        select t.manager_id, m.name from task t join manager m on m.manager_id = t.manager_id
                        where m.role = ? and t.status = '%s' group by t.manager_id, m.name
                        order by count(*) desc, t.manager_id limit 1""".formatted(TaskStatus.OPEN))
                .param(role).query((rs, i) -> new DemoManager(rs.getString(1), rs.getString(2))).optional();
    }
}
