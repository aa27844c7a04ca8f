package dev.retain.app.customer.internal;

import dev.retain.app.customer.ImportFileCounts;
import dev.retain.app.customer.ImportRun;
import dev.retain.engine.csv.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import history: import_run, import_file and import_reject. */
@Repository
public class ImportRuns {

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a run as started, in its own transaction, so that it shows while it runs and stays if it fails. */
    public long start(String username, String source) {
        return jdbc.sql("insert into import_run (username, source, status) values (?, ?, 'running') returning id")
                .params(username, source).query(Long.class).single();
    }

    /**
     * Closes a run with its counts and rejects, on {@code c} (the caller's transaction: the
     * import's own when it succeeded, a new one when the import was rolled back).
     */
    public void finish(Connection c, long id, String status, String message, List<YearMonth> months, List<FileOutcome> files)
            throws SQLException {
        try (var ps = c.prepareStatement("update import_run set status = ?, message = ?, months = ?, finished_at = clock_timestamp() where id = ?")) {
            ps.setString(1, status);
            ps.setString(2, message);
            ps.setString(3, months.isEmpty() ? null : months.stream().map(YearMonth::toString).collect(Collectors.joining(",")));
            ps.setLong(4, id);
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("insert into import_file (import_id, file, rows_read, rows_loaded, rows_rejected) values (?, ?, ?, ?, ?)")) {
            for (FileOutcome f : files) {
                ps.setLong(1, id);
                ps.setString(2, f.file());
                ps.setLong(3, f.read());
                ps.setLong(4, f.loaded());
                ps.setLong(5, f.rejected());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        copyRejects(c, id, files);
    }

    /** The engine's rejects reports are CSV already: COPY them as they are, then tag them with the run. */
    private static void copyRejects(Connection c, long id, List<FileOutcome> files) throws SQLException {
        List<Path> reports = files.stream().flatMap(f -> f.rejectReports().stream()).toList();
        if (reports.isEmpty()) return;
        try (Statement s = c.createStatement()) {
            s.execute("create temp table import_reject_stage (file text, line bigint, col text, reason text, raw text) on commit drop");
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (Path report : reports) {
            try (InputStream in = Files.newInputStream(report)) {
                copy.copyIn("COPY import_reject_stage FROM STDIN (FORMAT csv, HEADER true)", in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + report, e);
            }
        }
        try (var ps = c.prepareStatement("insert into import_reject (import_id, file, line, col, reason, raw) "
                + "select ?, file, line, col, reason, raw from import_reject_stage")) {
            ps.setLong(1, id);
            ps.execute();
        }
    }

    public List<ImportRun> history(int limit) {
        List<ImportRun> runs = jdbc.sql("select " + RUN_COLUMNS + " from import_run order by id desc limit ?").param(limit)
                .query((rs, i) -> run(rs, List.of())).list();
        if (runs.isEmpty()) return runs;
        Map<Long, List<ImportFileCounts>> files = filesOf(runs.stream().map(ImportRun::id).toArray(Long[]::new));
        return runs.stream().map(r -> withFiles(r, files.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<ImportRun> find(long id) {
        return jdbc.sql("select " + RUN_COLUMNS + " from import_run where id = ?").param(id)
                .query((rs, i) -> run(rs, List.of())).optional()
                .map(r -> withFiles(r, filesOf(new Long[] {id}).getOrDefault(id, List.of())));
    }

    /** Writes the run's rejects as CSV (the engine's rejects report columns); returns the rows written. */
    public long writeRejects(long id, Writer out) {
        long[] rows = {0};
        try {
            out.write("file,line,column,reason,raw\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("select file, line, col, reason, raw from import_reject where import_id = ? order by file, line").param(id)
                .query(rs -> {
                    try {
                        out.write(CsvWriter.escape(rs.getString(1)) + "," + rs.getLong(2) + "," + CsvWriter.escape(rs.getString(3))
                                + "," + CsvWriter.escape(rs.getString(4)) + "," + CsvWriter.escape(rs.getString(5)) + "\n");
                        rows[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return rows[0];
    }

    private static final String RUN_COLUMNS = "id, started_at, finished_at, username, source, status, message, months";

    private static ImportRun run(ResultSet rs, List<ImportFileCounts> files) throws SQLException {
        Timestamp finished = rs.getTimestamp(3);
        String months = rs.getString(8);
        return new ImportRun(rs.getLong(1), rs.getTimestamp(2).toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                months == null || months.isBlank() ? List.of() : Arrays.stream(months.split(",")).map(YearMonth::parse).toList(), files);
    }

    private static ImportRun withFiles(ImportRun r, List<ImportFileCounts> files) {
        return new ImportRun(r.id(), r.startedAt(), r.finishedAt(), r.username(), r.source(), r.status(), r.message(), r.months(),
                List.copyOf(files));
    }

    private Map<Long, List<ImportFileCounts>> filesOf(Long[] ids) {
        Map<Long, List<ImportFileCounts>> files = new HashMap<>();
        jdbc.sql("""
                        select import_id, file, rows_read, rows_loaded, rows_rejected from import_file where import_id = any(?)
                        order by import_id, array_position(array['plans.csv','managers.csv','groups.csv','subscribers.csv',
                          'usage_monthly.csv','call_peers.csv'], file), file""")
                .param(ids)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new ImportFileCounts(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        return files;
    }
}
