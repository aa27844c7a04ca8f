package dev.retain.app.assignment.internal;

import dev.retain.app.assignment.CurrentAssignment;
import dev.retain.app.assignment.HistoryEntry;
import dev.retain.app.assignment.ManagerLoad;
import dev.retain.engine.cycle.CycleSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind reassignment: assignment rows, managers with their load, and the history. */
@Repository
public class AssignmentStore {

    /** A manager's capacity: their own when set, else the engine's default for the role (R3.1). */
    public static final String CAPACITY = "case when m.capacity > 0 then m.capacity when m.role = 'customer_manager' then "
            + CycleSettings.DEFAULTS.customerManagerCapacity() + " else " + CycleSettings.DEFAULTS.phoneManagerCapacity() + " end";

    private static final String MANAGER_LOAD = """
            select m.manager_id, m.name, m.role, m.region, m.active,
                   (select count(*) from assignment a where a.manager_id = m.manager_id) as load,
                   %s as capacity
            from manager m""".formatted(CAPACITY);

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentAssignment> assignment(String msisdn) {
        return jdbc.sql("select msisdn, manager_id, role, month from assignment where msisdn = ?")
                .param(msisdn)
                .query((rs, i) -> new CurrentAssignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** The customer's assignment row, locked until the transaction ends. */
    public Optional<CurrentAssignment> lockAssignment(String msisdn) {
        return jdbc.sql("select msisdn, manager_id, role, month from assignment where msisdn = ? for update")
                .param(msisdn)
                .query((rs, i) -> new CurrentAssignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Locks the manager row so two supervisors cannot both fill the last free place. */
    public Optional<ManagerLoad> lockManager(String managerId) {
        boolean exists = !jdbc.sql("select manager_id from manager where manager_id = ? for update").param(managerId)
                .query(String.class).list().isEmpty();
        return exists ? manager(managerId) : Optional.empty();
    }

    public Optional<ManagerLoad> manager(String managerId) {
        return jdbc.sql(MANAGER_LOAD + " where m.manager_id = ?").param(managerId).query(AssignmentStore::load).optional();
    }

    /** Active managers of a role, optionally of one region; locked when asked (departures). */
    public List<ManagerLoad> activeManagers(String role, String region, boolean lock) {
        if (lock) {
            jdbc.sql("select manager_id from manager where active and role = ? and (?::text is null or region = ?) for update")
                    .params(role, region, region).query(String.class).list();
        }
        return jdbc.sql(MANAGER_LOAD + " where m.active and m.role = ? and (?::text is null or m.region = ?) order by m.region, m.manager_id")
                .params(role, region, region).query(AssignmentStore::load).list();
    }

    public List<ManagerLoad> allManagers() {
        return jdbc.sql(MANAGER_LOAD + " order by m.active desc, m.role, m.region, m.manager_id").query(AssignmentStore::load).list();
    }

    /** A manager's customers, most value at risk first, so the valuable ones get the free places. */
    public List<CurrentAssignment> customersOf(String managerId) {
        return jdbc.sql("""
                        select a.msisdn, a.manager_id, a.role, a.month from assignment a
                        left join segment s on s.msisdn = a.msisdn and s.month = a.month
                        where a.manager_id = ?
                        order by s.value_at_risk desc nulls last, a.msisdn
                        for update of a""")
                .param(managerId)
                .query((rs, i) -> new CurrentAssignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void setManager(String msisdn, String managerId, String reason, String by) {
        jdbc.sql("update assignment set manager_id = ?, reason = ?, assigned_by = ?, assigned_at = now() where msisdn = ?")
                .params(managerId, reason, by, msisdn).update();
    }

    public void writeHistory(CurrentAssignment from, String toManager, String reason, String by) {
        jdbc.sql("""
                        insert into assignment_history (msisdn, from_manager, to_manager, role, reason, month, by_user)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(from.msisdn(), from.managerId(), toManager, from.role(), reason, from.month(), by).update();
    }

    public void deactivate(String managerId) {
        jdbc.sql("update manager set active = false where manager_id = ?").param(managerId).update();
    }

    public List<HistoryEntry> historyOf(String msisdn) {
        return jdbc.sql(HISTORY + " where msisdn = ? order by at desc, id desc").param(msisdn).query(AssignmentStore::entry).list();
    }

    public List<HistoryEntry> recentHistory(int limit) {
        return jdbc.sql(HISTORY + " order by id desc limit ?").param(limit).query(AssignmentStore::entry).list();
    }

    private static final String HISTORY =
            "select id, msisdn, from_manager, to_manager, role, reason, month, at, by_user from assignment_history";

    private static HistoryEntry entry(ResultSet rs, int i) throws SQLException {
        return new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toLocalDateTime(), rs.getString(9));
    }

    private static ManagerLoad load(ResultSet rs, int i) throws SQLException {
        return new ManagerLoad(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getLong(6), rs.getLong(7));
    }
}
