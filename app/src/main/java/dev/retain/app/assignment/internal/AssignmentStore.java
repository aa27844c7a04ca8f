package dev.retain.app.assignment.internal;

import dev.retain.app.assignment.CurrentAssignment;
import dev.retain.app.assignment.HistoryEntry;
import dev.retain.app.core.BusinessTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of this module's own tables behind reassignment: assignment rows and their history. */
@Repository
public class AssignmentStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    public List<HistoryEntry> historyOf(String msisdn) {
        return jdbc.sql(HISTORY + " where msisdn = ? order by at desc, id desc").param(msisdn).query(this::entry).list();
    }

    public List<HistoryEntry> recentHistory(int limit) {
        return jdbc.sql(HISTORY + " order by id desc limit ?").param(limit).query(this::entry).list();
    }

    private static final String HISTORY =
            "select id, msisdn, from_manager, to_manager, role, reason, month, at, by_user from assignment_history";

    private HistoryEntry entry(ResultSet rs, int i) throws SQLException {
        return new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), BusinessTime.local(rs.getTimestamp(8), clock), rs.getString(9));
    }
}
