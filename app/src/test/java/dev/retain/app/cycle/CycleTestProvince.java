package dev.retain.app.cycle;

import db.migration.CanonicalMsisdns;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.value.Msisdn;
import dev.retain.synth.ProvinceGenerator;
import dev.retain.synth.ProvinceSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.util.FileSystemUtils;

/**
 * A small synthetic province (2,000 subscribers × 4 months) generated once per test JVM,
 * loaded into each test context's database with COPY; {@link #expected} runs the engine directly
 * on its files: the outputs the app's cycle must reproduce. Its months lie far
 * from other tests' data (2030), so those rows never enter this province's cycle.
 *
 * <p>Not loaded through {@code ImportService}: an import publishes {@code ProvinceImported},
 * which queues a cycle that would run alongside these tests and race their assertions.
 */
public final class CycleTestProvince {

    public static final YearMonth MONTH = YearMonth.of(2030, 10);
    static final ProvinceSpec SPEC = new ProvinceSpec(2_000, 4, MONTH, 20301031L);

    private static CycleTestProvince instance;
    private static final Set<DataSource> loadedInto = Collections.newSetFromMap(new IdentityHashMap<>());

    final Path files;
    final String[] msisdns;

    private CycleTestProvince(Path files, String[] msisdns) {
        this.files = files;
        this.msisdns = msisdns;
    }

    /**
     * Generated at the first call, loaded into each test context's database the first time that
     * context asks (test classes with different configurations get different embedded databases).
     */
    public static synchronized CycleTestProvince loadedInto(DataSource dataSource) {
        CycleTestProvince province = generated();
        if (loadedInto.add(dataSource)) province.loadInto(dataSource);
        return province;
    }

    /** Generated at the first call, loaded nowhere: for a test that imports the files itself. */
    static synchronized CycleTestProvince generated() {
        if (instance == null) instance = generate(SPEC);
        return instance;
    }

    private void loadInto(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            load(c, files);
            c.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any province: generated into a temporary folder and loaded (the timing test's 50,000). */
    static CycleTestProvince generateAndLoad(DataSource dataSource, ProvinceSpec spec) {
        CycleTestProvince province = generate(spec);
        province.loadInto(dataSource);
        return province;
    }

    private static CycleTestProvince generate(ProvinceSpec spec) {
        try {
            Path dir = Files.createTempDirectory("cycle-test-province");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            Path files = dir.resolve("in");
            new ProvinceGenerator(spec).generate(files, n -> { });
            List<String> numbers = firstColumn(files.resolve(ProvinceGenerator.SUBSCRIBERS));
            // the keys, as the database holds them (canonical: +86… written in the file is stored without it)
            return new CycleTestProvince(files, numbers.stream().map(Msisdn::canonical).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The engine run directly on the generated files with the settings and rules in force
     * (another test class may have saved thresholds): what the app's cycle must reproduce.
     */
    Expected expected(RetentionSettings settings) {
        try {
            Path out = Files.createTempDirectory("cycle-expected");
            try {
                new CycleRunner(settings.cycleSettings(), settings.rules(), Progress.NONE).run(MONTH, files, out, null);
                return new Expected(read(out.resolve("segments.csv")), read(out.resolve("tasks.csv")), read(out.resolve("assignments.csv")));
            } finally {
                FileSystemUtils.deleteRecursively(out.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Expected(List<Map<String, String>> segments, List<Map<String, String>> tasks, List<Map<String, String>> assignments) {

        /** Reason → tasks listing it. */
        Map<String, Long> reasons() {
            Map<String, Long> reasons = new TreeMap<>();
            for (Map<String, String> t : tasks) {
                for (String r : t.get("reasons").split(";")) reasons.merge(r, 1L, Long::sum);
            }
            return reasons;
        }

        long zone(String zone) {
            return segments.stream().filter(s -> zone.equals(s.get("zone"))).count();
        }

        List<String> taskIds() {
            return tasks.stream().map(t -> t.get("task_id")).toList();
        }
    }

    private static void load(Connection c, Path dir) throws SQLException, IOException {
        copy(c, dir.resolve(ProvinceGenerator.PLANS), "plan_in", """
                insert into plan select plan_id, name, monthly_fee::numeric, voice_min::int, data_mb::int, sms::int,
                  over_voice_per_min::numeric, over_data_per_mb::numeric, over_sms::numeric from plan_in on conflict do nothing""");
        copy(c, dir.resolve(ProvinceGenerator.MANAGERS), "manager_in", """
                insert into manager select manager_id, name, role, region, capacity::int, coalesce(active::boolean, true)
                from manager_in on conflict do nothing""");
        copy(c, dir.resolve(ProvinceGenerator.GROUPS), "group_in", """
                insert into customer_group select group_id, name, account_manager_id from group_in on conflict do nothing""");
        // keys are canonical numbers, as the import makes them (the migrations' helper applies Msisdn.canonical)
        copy(c, dir.resolve(ProvinceGenerator.SUBSCRIBERS), "subscriber_in", canonical("subscriber_in", "msisdn"), """
                insert into subscriber (msisdn, msisdn_received, name, gender, birth_date, lunar_birthday, region, branch, brand, tier,
                  group_id, join_date, plan_id, min_commit, contract_end, points, points_expiry, marketing_consent, dnd)
                select msisdn, received, name, gender, birth_date::date, coalesce(lunar_birthday::boolean, false), region,
                  branch, brand, tier, group_id, join_date::date, plan_id, coalesce(min_commit::numeric, 0), contract_end::date,
                  coalesce(points::bigint, 0), points_expiry::date, coalesce(marketing_consent::boolean, false),
                  coalesce(dnd::boolean, false) from subscriber_in on conflict do nothing""");
        copy(c, dir.resolve(ProvinceGenerator.USAGE), "usage_in", canonical("usage_in", "msisdn"), """
                insert into usage_monthly select msisdn, month, bill::numeric, mou_out::bigint, data_mb::numeric, sms::bigint, state
                from usage_in on conflict do nothing""");
        copy(c, dir.resolve(ProvinceGenerator.CALL_PEERS), "peer_in", canonical("peer_in", "msisdn", "peer"), """
                insert into call_peer select msisdn, month, peer, peer_operator, calls::bigint, minutes::bigint
                from peer_in on conflict do nothing""");
        // the complaints as the complaint module keeps them (its bulk import is not this test's subject): the cycle's facts read them
        copy(c, dir.resolve(ProvinceGenerator.COMPLAINTS), "complaint_in", canonical("complaint_in", "msisdn"), """
                insert into complaint (external_id, msisdn, received_at, channel, source_class, category, description, region, branch)
                select complaint_id, msisdn, received_at::timestamp at time zone 'Asia/Shanghai', channel,
                  case when channel in ('customer_manager', 'phone_manager') then 'internal' else 'hotline_hall' end,
                  category, description, region, branch from complaint_in on conflict do nothing""");
    }

    /** What is done to a file's temporary table before the insert reads it. */
    private interface Prepare {
        void on(Connection c) throws SQLException;
    }

    /** Keeps each row's msisdn as received (column {@code received}), then rewrites {@code columns} to canonical numbers. */
    private static Prepare canonical(String table, String... columns) {
        return c -> {
            try (Statement s = c.createStatement()) {
                s.execute("alter table " + table + " add column received text");
                s.execute("update " + table + " set received = msisdn");
            }
            for (String column : columns) CanonicalMsisdns.rewrite(c, table, column);
        };
    }

    private static void copy(Connection c, Path file, String table, String insert) throws SQLException, IOException {
        copy(c, file, table, x -> { }, insert);
    }

    /** The file into a text-only temporary table named after its header, then {@code insert} from it. */
    private static void copy(Connection c, Path file, String table, Prepare prepare, String insert) throws SQLException, IOException {
        String header;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = r.readLine().strip();
        }
        try (Statement s = c.createStatement()) {
            s.execute("create temp table " + table + " (" + String.join(" text, ", header.split(",")) + " text) on commit drop");
        }
        try (InputStream in = Files.newInputStream(file)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
        prepare.on(c);
        try (Statement s = c.createStatement()) {
            s.execute(insert);
        }
    }

    /** The first column (msisdn) of every row, streamed: a million subscribers fit easily. */
    private static List<String> firstColumn(Path file) throws IOException {
        List<String> values = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) values.add(line.substring(0, comma));
            }
        }
        return values;
    }

    /** A contract CSV as header → value maps (the synthetic files have no quoted commas in these columns). */
    static List<Map<String, String>> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isEmpty()) continue;
                String[] f = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length && i < f.length; i++) row.put(header[i], f[i]);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
