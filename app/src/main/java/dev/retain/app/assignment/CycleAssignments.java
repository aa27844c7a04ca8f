package dev.retain.app.assignment;

import dev.retain.app.core.CsvCopy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment table's part in the monthly cycle: what the engine needs of it (the current
 * assignments, for stickiness, R3.2) and applying what the engine decided (assignments.csv):
 * the current manager of each programme customer, with the engine's reason, and a history row
 * for every change of manager (R3.3). Re-running a month changes nothing a second time.
 */
@Service
public class CycleAssignments {

    static final String CYCLE_USER = "cycle";
    private static final String STAGE = "assignment_cycle_in";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    CycleAssignments(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** What applying one month changed. */
    public record Applied(int upserted, int managerChanges) {
    }

    /**
     * Writes the customers who have a manager now in the columns of the engine's
     * assignments.csv (msisdn, manager_id, role, reason), by number. Runs in the caller's
     * transaction, so the cycle reads it from the same snapshot as the rest of the province.
     */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public long writeCurrent(Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return CsvCopy.copyManager(dataSource).copyOut("""
                    COPY (select msisdn, manager_id, role, reason from assignment where manager_id is not null order by msisdn)
                    TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')""", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("writing the current assignments failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs in the caller's transaction (the cycle's, which lands a month whole or not at all):
     * assignments.csv is copied into a staging table of this module, dropped at commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Applied apply(YearMonth month, Path assignmentsCsv) {
        jdbc.sql("create temp table assignment_cycle_in (msisdn text, manager_id text, role text, reason text) on commit drop").update();
        CsvCopy csv = CsvCopy.of(assignmentsCsv);
        try (InputStream in = csv.open()) {
            CsvCopy.copyManager(dataSource).copyIn(csv.command(STAGE), in);
        } catch (IOException | SQLException e) {
            throw csv.failed(e);
        }
        jdbc.sql("analyze " + STAGE).update();
        // history first, while the table still holds the old manager; a customer new to the
        // programme who stays unassigned is no change
        int changes = jdbc.sql("""
                        insert into assignment_history (msisdn, from_manager, to_manager, role, reason, month, by_user)
                        select s.msisdn, a.manager_id, s.manager_id, s.role, s.reason, :month, :by
                        from assignment_cycle_in s left join assignment a on a.msisdn = s.msisdn
                        where a.manager_id is distinct from s.manager_id""")
                .param("month", month.toString()).param("by", CYCLE_USER).update();
        int upserted = jdbc.sql("""
                        insert into assignment (msisdn, manager_id, role, reason, month, assigned_at, assigned_by)
                        select msisdn, manager_id, role, reason, :month, now(), :by from assignment_cycle_in
                        on conflict (msisdn) do update set manager_id = excluded.manager_id, role = excluded.role,
                          reason = excluded.reason, month = excluded.month,
                          assigned_at = case when assignment.manager_id is distinct from excluded.manager_id
                                             then excluded.assigned_at else assignment.assigned_at end,
                          assigned_by = case when assignment.manager_id is distinct from excluded.manager_id
                                             then excluded.assigned_by else assignment.assigned_by end""")
                .param("month", month.toString()).param("by", CYCLE_USER).update();
        return new Applied(upserted, changes);
    }
}
