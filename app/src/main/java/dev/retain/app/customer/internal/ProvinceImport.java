package dev.retain.app.customer.internal;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.csv.Rejects;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.load.CallPeerParser;
import dev.retain.engine.load.ContractColumns;
import dev.retain.engine.load.GroupParser;
import dev.retain.engine.load.ManagerParser;
import dev.retain.engine.load.PlanParser;
import dev.retain.engine.load.RegionNameParser;
import dev.retain.engine.load.SubscriberParser;
import dev.retain.engine.load.UsageParser;
import dev.retain.engine.value.Months;
import dev.retain.engine.value.Msisdn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import's data work on one connection inside the caller's transaction: each contract
 * file present is validated row by row by the engine's parser, streamed by COPY into a
 * temporary staging table, then merged into its table in dependency order (plans, managers,
 * groups, region names, subscribers, usage, call peers). References are checked against the database
 * plus the files of this import. Any whole-file problem or too many rejects throws
 * {@link ImportFailure}; the caller then rolls back, so nothing of the data is kept.
 */
public final class ProvinceImport {

    private static final Logger log = LoggerFactory.getLogger(ProvinceImport.class);

    /** The files in the order they may refer to each other. */
    public static final List<String> FILES = List.of(ContractColumns.PLANS, ContractColumns.MANAGERS, ContractColumns.GROUPS,
            ContractColumns.REGIONS, ContractColumns.SUBSCRIBERS, ContractColumns.USAGE, ContractColumns.CALL_PEERS);

    public record Result(List<FileOutcome> files, List<YearMonth> usageMonths) {
    }

    /** The advisory lock (transaction-scoped) an import holds while it writes: one import at a time, across instances. */
    static final String IMPORT_LOCK = "retain.customer.import";

    /** From this many rows, a load into an empty table drops and rebuilds its indexes. */
    static final long REBUILD_INDEXES_FROM_ROWS = 100_000;

    private final Connection c;
    private final CopyManager copyManager;
    private final long importId;
    private final Path reportDir;
    private final double maxRejectRate;
    private final ContractFileReader reader;
    private final List<FileOutcome> outcomes = new ArrayList<>();
    /** Whether usage_monthly had rows for a month before this import wrote any. */
    private final Map<Integer, Boolean> monthHadUsage = new HashMap<>();
    private KnownKeys plans;
    private KnownKeys managers;
    private KnownKeys groups;
    private KnownKeys subscribers;
    /** The file's subscribers written other than canonically (+86…): canonical number → as written (for the duplicate's message). */
    private final Map<String, String> writtenOtherwise = new HashMap<>();

    public ProvinceImport(Connection c, long importId, Path reportDir, double maxRejectRate) throws SQLException {
        this.c = c;
        this.copyManager = c.unwrap(PGConnection.class).getCopyAPI();
        this.importId = importId;
        this.reportDir = reportDir;
        this.maxRejectRate = maxRejectRate;
        // the threshold is applied here, after SQL-found duplicates too, so the reader never stops a file
        this.reader = new ContractFileReader(reportDir, Double.POSITIVE_INFINITY);
    }

    public Result run(Path dir) {
        try {
            List<String> present = FILES.stream().filter(f -> Files.isRegularFile(dir.resolve(f))).toList();
            if (present.isEmpty()) {
                throw new ImportFailure("no contract file found (expected any of " + String.join(", ", FILES) + ")", outcomes, null);
            }
            prepareSession();
            BitSet usageMonths = new BitSet();
            if (present.contains(ContractColumns.PLANS)) loadPlans(dir);
            if (present.contains(ContractColumns.MANAGERS)) loadManagers(dir);
            if (present.contains(ContractColumns.GROUPS)) loadGroups(dir);
            if (present.contains(ContractColumns.REGIONS)) loadRegionNames(dir);
            if (present.contains(ContractColumns.SUBSCRIBERS)) loadSubscribers(dir);
            if (present.contains(ContractColumns.USAGE)) loadUsage(dir, usageMonths);
            if (present.contains(ContractColumns.CALL_PEERS)) loadCallPeers(dir);
            List<YearMonth> months = usageMonths.stream().mapToObj(Months::fromIndex).toList();
            return new Result(List.copyOf(outcomes), months);
        } catch (InputFileException e) {
            throw new ImportFailure(e.getMessage(), outcomes, e);
        } catch (SQLException | CopyWriter.CopyFailedException e) {
            throw new ImportFailure("database error: " + e.getMessage(), outcomes, e);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFailure("cannot read the files: " + e.getMessage(), outcomes, e);
        }
    }

    private void prepareSession() throws SQLException {
        try (Statement s = c.createStatement()) {
            // one import at a time: two merging the same keys would wait on each other row by row
            s.execute("select pg_advisory_xact_lock(hashtext('" + IMPORT_LOCK + "'))");
            // the import is all or nothing and can be re-run: no need to wait for the WAL flush
            s.execute("set local synchronous_commit = off");
            s.execute("set local work_mem = '256MB'");
        }
    }

    private void loadPlans(Path dir) throws SQLException, IOException {
        plans = keys(plans, "plan", "plan_id");
        load(dir, ContractColumns.PLANS, ContractColumns.PLAN_REQUIRED, StagedTable.PLAN, null, (w, p) -> new PlanParser((plan, line) -> {
            unique(plans, plan.id(), "plan_id");
            w.text(plan.id()).text(plan.name()).money(plan.monthlyFeeFen()).number(plan.voiceMinutes()).number(plan.dataMb())
                    .number(plan.sms()).money(plan.overVoicePerMinFen()).money(plan.overDataPerMbFen()).money(plan.overSmsFen())
                    .number(line).endRow();
            p.row();
        }));
    }

    private void loadManagers(Path dir) throws SQLException, IOException {
        managers = keys(managers, "manager", "manager_id");
        load(dir, ContractColumns.MANAGERS, ContractColumns.MANAGER_REQUIRED, StagedTable.MANAGER, null, (w, p) -> new ManagerParser((m, line) -> {
            unique(managers, m.id(), "manager_id");
            w.text(m.id()).text(m.name()).text(m.role().code()).text(m.region());
            if (m.capacity() > 0) w.number(m.capacity()); else w.nul(); // empty: the role's default
            w.bool(m.active()).text(m.branch()).text(m.team()).number(line).endRow();
            p.row();
        }));
    }

    private void loadGroups(Path dir) throws SQLException, IOException {
        managers = keys(managers, "manager", "manager_id");
        groups = keys(groups, "customer_group", "group_id");
        Predicate<String> knownManager = known(managers);
        load(dir, ContractColumns.GROUPS, ContractColumns.GROUP_REQUIRED, StagedTable.GROUP, null, (w, p) -> new GroupParser((g, line) -> {
            unique(groups, g.id(), "group_id");
            w.text(g.id()).text(g.name()).text(g.accountManagerId()).number(line).endRow();
            p.row();
        }, knownManager));
    }

    private void loadRegionNames(Path dir) throws SQLException, IOException {
        // a repeated (region, branch) is found by the merge, as repeated usage keys are
        load(dir, ContractColumns.REGIONS, ContractColumns.REGION_REQUIRED, StagedTable.REGION_NAME, null, (w, p) -> new RegionNameParser((n, line) -> {
            w.text(n.region()).text(n.branch()).text(n.nameZh()).text(n.nameEn()).number(line).endRow();
            p.row();
        }));
    }

    private void loadSubscribers(Path dir) throws SQLException, IOException {
        plans = keys(plans, "plan", "plan_id");
        groups = keys(groups, "customer_group", "group_id");
        subscribers = keys(subscribers, "subscriber", "msisdn");
        Predicate<String> knownPlan = known(plans);
        Predicate<String> knownGroup = known(groups);
        load(dir, ContractColumns.SUBSCRIBERS, ContractColumns.SUBSCRIBER_REQUIRED, StagedTable.SUBSCRIBER, null, (w, p) -> new SubscriberParser((s, line) -> {
            String key = Msisdn.canonical(s.msisdn());
            uniqueNumber(key, s.msisdn());
            w.text(key).text(s.msisdn()).text(s.name()).text(s.gender()).date(s.birthDate()).bool(s.lunarBirthday()).text(s.region())
                    .text(s.branch()).text(s.brand().code()).text(s.tier() == null ? null : s.tier().code()).text(s.groupId())
                    .date(s.joinDate()).text(s.planId()).money(s.minCommitFen()).date(s.contractEnd()).number(s.points())
                    .date(s.pointsExpiry()).bool(s.marketingConsent()).bool(s.dnd()).text(s.email())
                    .text(s.preferredChannel() == null ? null : s.preferredChannel().code()).text(s.address())
                    .optionalDecimal(s.lat()).optionalDecimal(s.lon()).number(line).endRow();
            p.row();
        }, knownPlan, knownGroup));
    }

    private void loadUsage(Path dir, BitSet months) throws SQLException, IOException {
        subscribers = keys(subscribers, "subscriber", "msisdn");
        load(dir, ContractColumns.USAGE, ContractColumns.USAGE_REQUIRED, StagedTable.USAGE, months, (w, p) -> new UsageParser((u, line) -> {
            String key = knownSubscriber(u.msisdn());
            months.set(u.monthIndex());
            w.text(key).month(u.monthIndex()).money(u.billFen()).number(u.mouOut()).decimal(u.dataMb()).number(u.sms())
                    .text(u.state().code()).number(line).endRow();
            p.row();
        }, m -> true));
    }

    private void loadCallPeers(Path dir) throws SQLException, IOException {
        subscribers = keys(subscribers, "subscriber", "msisdn");
        BitSet months = new BitSet();
        load(dir, ContractColumns.CALL_PEERS, ContractColumns.CALL_PEER_REQUIRED, StagedTable.CALL_PEER, months, (w, p) -> new CallPeerParser((cp, line) -> {
            String key = knownSubscriber(cp.msisdn());
            months.set(cp.monthIndex());
            w.text(key).month(cp.monthIndex()).text(Msisdn.canonical(cp.peer())).text(cp.peerOperator().code()).number(cp.calls())
                    .number(cp.minutes()).number(line).endRow();
            p.row();
        }, m -> true));
    }

    /** The subscriber's key (its canonical number): a usage or peer row may write the number in either form. */
    private String knownSubscriber(String msisdn) throws FieldError {
        String key = Msisdn.canonical(msisdn);
        if (!subscribers.contains(key)) {
            throw new FieldError("msisdn", "unknown subscriber '" + msisdn + "' (neither in subscribers.csv nor in the database)");
        }
        return key;
    }

    /** A number the file already had, in this form or the other (+86 or national), is a duplicate key. */
    private void uniqueNumber(String key, String received) throws FieldError {
        if (subscribers.addFromFile(key)) {
            if (!key.equals(received)) writtenOtherwise.put(key, received);
            return;
        }
        String first = writtenOtherwise.getOrDefault(key, key);
        String form = first.equals(received) ? "" : "; the file has it as " + first + " already: the same number";
        throw new FieldError("msisdn", "duplicate msisdn '" + received + "' (the first row wins" + form + ")");
    }

    private static void unique(KnownKeys keys, String key, String column) throws FieldError {
        if (!keys.addFromFile(key)) throw new FieldError(column, "duplicate " + column + " '" + key + "' (the first row wins)");
    }

    /** A reference is checked once something to refer to exists, as the engine does when the file is absent. */
    private static Predicate<String> known(KnownKeys keys) {
        return id -> keys.isEmpty() || keys.contains(id);
    }

    private KnownKeys keys(KnownKeys already, String table, String column) throws SQLException {
        return already != null ? already : KnownKeys.fromDatabase(c, table, column);
    }

    /** Builds the file's parser around a sink that writes to the COPY stream. */
    private interface Handlers {
        RowHandler create(CopyWriter w, ProgressLog p);
    }

    /**
     * Validate and stage one file, then merge it. {@code months} (usage and call peers only)
     * collects the months of the staged rows, which decide between plain insert and upsert.
     */
    private void load(Path dir, String file, List<String> required, StagedTable table, BitSet months, Handlers handlers)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        String stage = table.stageName(importId);
        execute(table.createStage(stage));
        FileLoad read;
        try (CopyWriter w = CopyWriter.open(copyManager, stage, table.stageColumns())) {
            read = reader.read(dir.resolve(file), required, handlers.create(w, new ProgressLog(importId, file)), null);
            w.finish();
        }
        List<Path> reports = new ArrayList<>();
        if (read.rejectsFile() != null) reports.add(read.rejectsFile());
        checkThreshold(new FileOutcome(file, read.rows(), read.loaded(), read.rejected(), reports));

        long t1 = System.nanoTime();
        Path duplicatesDir = Files.createDirectories(reportDir.resolve("duplicates"));
        long duplicates;
        try (Rejects dupRejects = new Rejects(file, duplicatesDir)) {
            duplicates = merge(table, stage, read.loaded(), months, dupRejects);
            if (dupRejects.target() != null) reports.add(dupRejects.target());
        }
        execute("drop table " + stage);
        FileOutcome outcome = new FileOutcome(file, read.rows(), read.loaded() - duplicates, read.rejected() + duplicates, reports);
        outcomes.add(outcome);
        double seconds = (System.nanoTime() - t0) / 1e9;
        log.info(String.format(Locale.ROOT, "import %d: %s %,d read, %,d loaded, %,d rejected in %.1f s (%,.0f rows/s; read and COPY %.1f s, merge %.1f s)",
                importId, file, outcome.read(), outcome.loaded(), outcome.rejected(), seconds, outcome.read() / Math.max(seconds, 1e-3),
                (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9));
        checkThreshold(outcome);
    }

    private void checkThreshold(FileOutcome o) {
        if (o.read() == 0 || (double) o.rejected() / o.read() <= maxRejectRate) return;
        List<FileOutcome> withThis = new ArrayList<>(outcomes);
        if (!withThis.contains(o)) withThis.add(o);
        String first = RejectReports.first(o.rejectReports());
        throw new ImportFailure(String.format(Locale.ROOT, "%s: %,d of %,d rows rejected (%.2f%%), more than the allowed %.2f%%; first: %s",
                o.file(), o.rejected(), o.read(), 100.0 * o.rejected() / o.read(), 100 * maxRejectRate, first), withThis, null);
    }

    /**
     * Staged rows into the table. A big load into an empty table builds its indexes
     * afterwards ({@link EmptyTableLoad}). Months with no usage yet take a plain insert (no conflict
     * check, far cheaper for a new month's millions of rows); the rest are upserted. If a
     * key turns out to exist after all, or the file repeats a key, the statement fails as a
     * whole: roll back to before it, drop the repeated rows as rejects, and upsert everything.
     * Returns the number of repeated rows.
     */
    private long merge(StagedTable table, String stage, long rows, BitSet months, Rejects dupRejects) throws SQLException {
        // asked first, before anything is written, so that call peers later get the answer of before the import
        List<String> fresh = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        if (months != null) {
            for (int m = months.nextSetBit(0); m >= 0; m = months.nextSetBit(m + 1)) {
                (hadUsage(m) ? existing : fresh).add("'" + Months.fromIndex(m) + "'");
            }
        }
        if (rows >= REBUILD_INDEXES_FROM_ROWS && EmptyTableLoad.isEmpty(c, table.target())) {
            Savepoint empty = c.setSavepoint();
            try {
                EmptyTableLoad.load(c, table.target(), table.insertUnordered(stage, null));
                c.releaseSavepoint(empty);
                return 0;
            } catch (SQLException e) {
                // a repeated key, or something depends on the indexes: take the general way below
                c.rollback(empty);
                log.info("import {}: {} loaded row by row ({})", importId, table.target(), e.getMessage());
            }
        }
        Savepoint before = c.setSavepoint();
        try {
            if (months == null) {
                execute(table.upsert(stage, null));
            } else {
                if (!fresh.isEmpty()) execute(table.insert(stage, "s.month in (" + String.join(", ", fresh) + ")"));
                if (!existing.isEmpty()) execute(table.upsert(stage, "s.month in (" + String.join(", ", existing) + ")"));
            }
            c.releaseSavepoint(before);
            return 0;
        } catch (SQLException e) {
            // 23505 unique violation (plain insert), 21000 a row affected twice (upsert with a repeated key)
            if (!"23505".equals(e.getSQLState()) && !"21000".equals(e.getSQLState())) throw e;
            c.rollback(before);
        }
        long duplicates = removeDuplicates(table, stage, dupRejects);
        execute(table.upsert(stage, null));
        return duplicates;
    }

    /** Asked before the usage merge writes a month, and remembered, so call peers get the same answer. */
    private boolean hadUsage(int month) throws SQLException {
        Boolean had = monthHadUsage.get(month);
        if (had == null) {
            try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from usage_monthly where month = ?)")) {
                ps.setString(1, Months.fromIndex(month).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    had = rs.getBoolean(1);
                }
            }
            monthHadUsage.put(month, had);
        }
        return had;
    }

    /** Deletes the staged rows that repeat a key and reports each as a reject. */
    private long removeDuplicates(StagedTable table, String stage, Rejects rejects) throws SQLException {
        long count = 0;
        List<String> keys = table.keys();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(table.removeDuplicates(stage))) {
            int columns = table.columns().size();
            while (rs.next()) {
                List<String> fields = new ArrayList<>(columns);
                for (int i = 0; i < columns; i++) {
                    String v = rs.getString(i + 2);
                    fields.add(v == null ? "" : v);
                }
                String keyValues = String.join(", ", fields.subList(0, keys.size()));
                rejects.add(rs.getLong(1), String.join(",", keys),
                        "duplicate key (" + String.join(", ", keys) + ") = (" + keyValues + "); the first row wins",
                        fields.stream().map(dev.retain.engine.csv.CsvWriter::escape).collect(Collectors.joining(",")));
                count++;
            }
        }
        return count;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
