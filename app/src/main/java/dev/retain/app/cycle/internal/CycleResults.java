package dev.retain.app.cycle.internal;

import dev.retain.app.assignment.CycleAssignments;
import dev.retain.app.retention.CycleTasks;
import dev.retain.app.segment.Segments;
import dev.retain.engine.cycle.CycleFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the engine's segments.csv, tasks.csv and assignments.csv back with COPY into
 * temporary staging tables and applies them in ONE transaction: either the whole month
 * lands (segments replaced, tasks and assignments upserted) or nothing changes.
 */
@Component
public class CycleResults {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");

    private static final String SEGMENTS_IN = "cycle_segment_in";
    private static final String TASKS_IN = "cycle_task_in";
    private static final String ASSIGNMENTS_IN = "cycle_assignment_in";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Segments segments;
    private final CycleTasks tasks;
    private final CycleAssignments assignments;

    CycleResults(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, Segments segments,
                 CycleTasks tasks, CycleAssignments assignments) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.segments = segments;
        this.tasks = tasks;
        this.assignments = assignments;
    }

    /** What one month's results changed in the database. */
    public record Applied(int segments, int tasks, int tasksRemoved, int assignments, int managerChanges) {
    }

    public Applied apply(YearMonth month, Path outDir) {
        return transaction.execute(tx -> {
            // staging tables in the engine's column types; empty CSV fields arrive as null
            jdbc.sql("""
                    create temp table cycle_segment_in (msisdn text, month text, tier text, tier_source text, zone text, rule text,
                      bill_m1 numeric, mou_m1 bigint, bill_m2 numeric, mou_m2 bigint, state_m1 text, churn_score numeric,
                      value_at_risk numeric, churn_reasons text) on commit drop""").update();
            jdbc.sql("""
                    create temp table cycle_task_in (task_id text, msisdn text, month text, kind text, reasons text, priority bigint,
                      value_at_risk numeric, due_date date, manager_id text, actions text, churn_reasons text) on commit drop""").update();
            jdbc.sql("create temp table cycle_assignment_in (msisdn text, manager_id text, role text, reason text) on commit drop")
                    .update();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            copyIn(connection, SEGMENTS_IN, outDir.resolve(CycleFiles.SEGMENTS));
            copyIn(connection, TASKS_IN, outDir.resolve(CycleFiles.TASKS));
            copyIn(connection, ASSIGNMENTS_IN, outDir.resolve(CycleFiles.ASSIGNMENTS));
            for (String table : List.of(SEGMENTS_IN, TASKS_IN, ASSIGNMENTS_IN)) jdbc.sql("analyze " + table).update();

            int segmentRows = segments.replaceMonth(month, SEGMENTS_IN);
            CycleTasks.Applied t = tasks.apply(month, TASKS_IN);
            CycleAssignments.Applied a = assignments.apply(month, ASSIGNMENTS_IN);
            return new Applied(segmentRows, t.upserted(), t.removed(), a.upserted(), a.managerChanges());
        });
    }

    /** COPY with the file's own header as the column list, so the engine's column order may change. */
    private static void copyIn(Connection connection, String table, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String header = firstLine(file);
            for (String column : header.split(",")) {
                if (!COLUMN.matcher(column).matches()) throw new IllegalStateException(file.getFileName() + ": unexpected column '" + column + "'");
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + header + ") FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')", in, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) throw new IllegalStateException(file.getFileName() + " is empty");
            return line.strip();
        }
    }
}
