package dev.retain.app.assignment.internal;

import dev.retain.app.assignment.ManagerCapacity;
import dev.retain.app.assignment.ManagerLoad;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Managers with their load now: the customer module's manager rows joined with how many
 * assignments (this module's) name each, in one query. The capacity comes from the one
 * definition, {@link ManagerCapacity}, applied to the manager's own capacity.
 */
@Component
public class ManagerLoadReadModel {

    private static final String MANAGER_LOAD = """
            select m.manager_id, m.name, m.role, m.region, m.active,
                   (select count(*) from assignment a where a.manager_id = m.manager_id) as load,
                   m.capacity
            from manager m""";

    private final JdbcClient jdbc;

    ManagerLoadReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ManagerLoad> manager(String managerId, ManagerCapacity capacity) {
        return jdbc.sql(MANAGER_LOAD + " where m.manager_id = ?").param(managerId).query(row(capacity)).optional();
    }

    /** Active managers of a role, of one region or all (null). */
    public List<ManagerLoad> activeManagers(String role, String region, ManagerCapacity capacity) {
        return jdbc.sql(MANAGER_LOAD + " where m.active and m.role = ? and (?::text is null or m.region = ?) order by m.region, m.manager_id")
                .params(role, region, region).query(row(capacity)).list();
    }

    public List<ManagerLoad> allManagers(ManagerCapacity capacity) {
        return jdbc.sql(MANAGER_LOAD + " order by m.active desc, m.role, m.region, m.manager_id").query(row(capacity)).list();
    }

    private static org.springframework.jdbc.core.RowMapper<ManagerLoad> row(ManagerCapacity capacity) {
        return (rs, i) -> new ManagerLoad(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getLong(6), capacity.of(rs.getString(3), rs.getObject(7, Integer.class)));
    }
}
