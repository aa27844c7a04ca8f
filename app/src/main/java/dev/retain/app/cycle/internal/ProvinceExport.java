package dev.retain.app.cycle.internal;

import dev.retain.engine.load.ContractColumns;
import dev.retain.engine.progress.Progress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the cycle for a month needs from the database into a folder in the exact
 * contract format of docs/data-formats.md, with PostgreSQL's COPY, so that the engine
 * reads the database through the same parsers and checks as an operator's files. All
 * files come from one repeatable-read snapshot: an import committing meanwhile cannot
 * give the engine subscribers without their usage.
 */
@Component
public class ProvinceExport {

    /** The current assignment table in the engine's assignments.csv columns (stickiness, R3.2). */
    public static final String PREVIOUS_ASSIGNMENTS = "previous-assignments.csv";

    private final DataSource dataSource;
    private final TransactionTemplate snapshot;

    ProvinceExport(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /**
     * Exports the reference files, usage of {@code usageMonths} and call peers of {@code peerMonths} into
     * {@code dir}; with {@code withAssignments} also {@link #PREVIOUS_ASSIGNMENTS}.
     */
    public void export(List<YearMonth> usageMonths, List<YearMonth> peerMonths, Path dir, boolean withAssignments, Progress progress) {
        Map<String, String> files = queries(usageMonths, peerMonths, withAssignments);
        snapshot.executeWithoutResult(tx -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                int done = 0;
                for (Map.Entry<String, String> file : files.entrySet()) {
                    progress.update("export", done++, files.size());
                    copyOut(connection, file.getValue(), dir.resolve(file.getKey()));
                }
                progress.update("export", done, files.size());
            } catch (SQLException e) {
                throw new IllegalStateException("export for the cycle failed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** File → query. COPY takes no parameters: the months are inlined, and they are YearMonth's own text. */
    private static Map<String, String> queries(List<YearMonth> usageMonths, List<YearMonth> peerMonths, boolean withAssignments) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put(ContractColumns.PLANS, """
                select plan_id, name, monthly_fee, voice_min, data_mb, sms, trim_scale(over_voice_per_min) as over_voice_per_min,
                  trim_scale(over_data_per_mb) as over_data_per_mb, trim_scale(over_sms) as over_sms from plan order by plan_id""");
        q.put(ContractColumns.MANAGERS, """
                select manager_id, name, role, region, capacity, active::text as active from manager order by manager_id""");
        q.put(ContractColumns.GROUPS, "select group_id, name, account_manager_id from customer_group order by group_id");
        // ordered by number: the engine's results (ties in assignment) do not depend on heap order
        q.put(ContractColumns.SUBSCRIBERS, """
                select msisdn, name, gender, birth_date, lunar_birthday::text as lunar_birthday, region, branch, brand, tier, group_id,
                  join_date, plan_id, min_commit, contract_end, points, points_expiry, marketing_consent::text as marketing_consent,
                  dnd::text as dnd from subscriber order by msisdn""");
        q.put(ContractColumns.USAGE, "select msisdn, month, bill, mou_out, data_mb, sms, state from usage_monthly where month in ("
                + literals(usageMonths) + ")");
        q.put(ContractColumns.CALL_PEERS, "select msisdn, month, peer, peer_operator, calls, minutes from call_peer where month in ("
                + literals(peerMonths) + ")");
        if (withAssignments) {
            q.put(PREVIOUS_ASSIGNMENTS, """
                    select a.msisdn, a.manager_id, a.role, a.reason from assignment a join subscriber s on s.msisdn = a.msisdn
                    where a.manager_id is not null order by a.msisdn""");
        }
        return q;
    }

    private static String literals(List<YearMonth> months) {
        return months.stream().map(m -> "'" + m + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    private static void copyOut(Connection connection, String query, Path file) throws SQLException, IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')", out);
        }
    }
}
