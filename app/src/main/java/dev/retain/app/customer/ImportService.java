package dev.retain.app.customer;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.customer.internal.FileOutcome;
import dev.retain.app.customer.internal.ImportFailure;
import dev.retain.app.customer.internal.ImportRuns;
import dev.retain.app.customer.internal.ProvinceImport;
import dev.retain.app.security.PersonalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Imports the operator's exports (docs/data-formats.md) into PostgreSQL (SPEC R1.1): every
 * row validated by the engine's parsers, bad rows recorded as rejects, good rows bulk
 * loaded with COPY and merged idempotently, all in one transaction. A failed import keeps
 * no data, only its history row and rejects. After a commit {@link ProvinceImported} is
 * published.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** Where an import came from, as recorded in import_run.source. */
    public static final String UPLOAD = "upload";
    public static final String API = "api";
    public static final String CLI = "cli";

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final ImportRuns runs;
    private final ApplicationEventPublisher events;
    private final RetentionSettings settings;
    private final RegionNames regionNames;

    ImportService(DataSource dataSource, PlatformTransactionManager transactions, ImportRuns runs,
                  ApplicationEventPublisher events, RetentionSettings settings, RegionNames regionNames) {
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.runs = runs;
        this.events = events;
        this.settings = settings;
        this.regionNames = regionNames;
    }

    /** The contract files an import reads, in the order it reads them. */
    public static List<String> contractFiles() {
        return ProvinceImport.FILES;
    }

    /** The reject limit in force (the admin's import.max-reject-rate): a file fails above this share of rejected rows. */
    public double maxRejectRate() {
        return settings.cycleSettings().maxRejectRate();
    }

    /** Imports whichever contract files {@code dir} holds, with the reject limit in force (the admin's import.max-reject-rate). */
    public ImportRun importFrom(Path dir, String username, String source) {
        return importFrom(dir, username, source, maxRejectRate());
    }

    /**
     * Imports whichever contract files {@code dir} holds. Never throws for bad data: the
     * returned run says {@code failed} with the reason, and nothing of its data was kept.
     */
    public ImportRun importFrom(Path dir, String username, String source, double maxRejectRate) {
        long id = runs.start(username, source);
        long t0 = System.nanoTime();
        Path reports = null;
        try {
            reports = Files.createTempDirectory("retain-import-" + id + "-");
            Path reportDir = reports;
            tx.executeWithoutResult(status -> {
                Connection c = DataSourceUtils.getConnection(dataSource);
                try {
                    ProvinceImport.Result result = new ProvinceImport(c, id, reportDir, maxRejectRate).run(dir);
                    runs.finish(c, id, ImportRun.SUCCEEDED, null, result.usageMonths(), result.files());
                    // delivered to transactional listeners once this transaction has committed
                    events.publishEvent(new ProvinceImported(id, result.usageMonths(), username));
                } catch (SQLException e) {
                    throw new ImportFailure("database error: " + e.getMessage(), List.of(), e);
                }
            });
        } catch (ImportFailure failure) {
            recordFailure(id, failure.getMessage(), failure.outcomes());
        } catch (IOException e) {
            recordFailure(id, "cannot stage the import: " + e.getMessage(), List.of());
        } catch (RuntimeException e) {
            log.error("import {} failed", id, e);
            recordFailure(id, "unexpected error: " + e.getMessage(), List.of());
        } finally {
            if (reports != null) deleteQuietly(reports);
        }
        regionNames.refresh(); // a regions.csv may have come with it
        ImportRun run = runs.find(id).orElseThrow();
        log.info(summary(run, (System.nanoTime() - t0) / 1e9));
        return run;
    }

    private void recordFailure(long id, String reason, List<FileOutcome> outcomes) {
        // the engine names the row's value ("duplicate msisdn 138…"): the history, the API and the log keep it masked (R14.3)
        String message = PersonalData.maskNumbersIn(reason);
        log.warn("import {} failed, nothing of it kept: {}", id, message);
        // rows read and rejected stay as found; none was loaded, since the transaction was rolled back
        List<FileOutcome> kept = outcomes.stream()
                .map(f -> new FileOutcome(f.file(), f.read(), 0, f.rejected(), f.rejectReports())).toList();
        tx.executeWithoutResult(status -> {
            try {
                runs.finish(DataSourceUtils.getConnection(dataSource), id, ImportRun.FAILED, message, List.of(), kept);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("cannot record the failure of import " + id, e));
            }
        });
    }

    private static String summary(ImportRun run, double seconds) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "import %d %s: %,d rows read, %,d loaded, %,d rejected in %.1f s (%,.0f rows/s)",
                run.id(), run.status(), run.rowsRead(), run.rowsLoaded(), run.rowsRejected(), seconds, run.rowsRead() / Math.max(seconds, 1e-3)));
        if (run.message() != null) s.append("; ").append(run.message());
        return s.toString();
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            log.warn("cannot remove {}: {}", dir, e.getMessage());
        }
    }

    /** Newest first. */
    public List<ImportRun> history(int limit) {
        return runs.history(limit);
    }

    public Optional<ImportRun> find(long id) {
        return runs.find(id);
    }

    /** The run's rejected rows as CSV (file, line, column, reason, raw); returns how many. */
    public long writeRejects(long id, Writer out) {
        return runs.writeRejects(id, out);
    }
}
