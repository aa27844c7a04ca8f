package dev.retain.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * COPY's own ceiling on this machine, the peer of `retain import`'s rows/s: the province's usage_monthly.csv
 * streamed as it is by PostgreSQL's COPY into (a) a table of text columns without keys, unlogged — the least the
 * server can do — and (b) the app's typed usage_monthly table with its primary key and month index, logged. No
 * validation, no merge. Same embedded PostgreSQL and settings as the app; a fresh database per run.
 */
final class CopyCeiling {

    private CopyCeiling() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        long subscribers = a.number("subscribers", 1_000_000);
        int runs = (int) a.number("runs", 3);
        Path dir = Path.of(a.text("dir", "var/bench/province-" + subscribers));
        CycleVersusDuckDb.ensureProvince(dir, subscribers, YearMonth.parse(a.text("month", "2026-10")));
        Path usage = dir.resolve("usage_monthly.csv");
        long rows = Files.lines(usage).count() - 1;
        System.out.printf(Locale.ROOT, "machine: %d cores; COPY of %s (%,d rows, %,d MB) into embedded PostgreSQL%n",
                Runtime.getRuntime().availableProcessors(), usage, rows, Files.size(usage) >> 20);
        double[] raw = new double[runs];
        double[] typed = new double[runs];
        for (int r = 0; r < runs; r++) {
            Path data = Files.createTempDirectory("retain-copy-ceiling-");
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                    .setServerConfig("shared_buffers", "256MB").setServerConfig("work_mem", "32MB").start();
                 Connection c = pg.getPostgresDatabase().getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("create unlogged table usage_raw (msisdn text, month text, bill text, mou_out text, data_mb text, sms text, state text)");
                    s.execute("""
                            create table usage_monthly (msisdn text not null, month char(7) not null, bill numeric(12,2) not null,
                              mou_out bigint not null, data_mb numeric(14,2) not null, sms bigint not null, state text not null,
                              primary key (msisdn, month))""");
                    s.execute("create index usage_monthly_month on usage_monthly (month)");
                }
                raw[r] = copy(c, "usage_raw", usage);
                typed[r] = copy(c, "usage_monthly", usage);
                System.out.printf(Locale.ROOT, "run %d: text columns, unlogged %.1f s (%,.0f rows/s); typed with key and index %.1f s (%,.0f rows/s)%n",
                        r + 1, raw[r], rows / raw[r], typed[r], rows / typed[r]);
            } finally {
                ProvinceScaleBench.deleteTree(data);
            }
        }
        System.out.printf(Locale.ROOT, "median: COPY into text columns %,.0f rows/s; into the typed, keyed table %,.0f rows/s%n",
                rows / Medians.of(raw), rows / Medians.of(typed));
    }

    private static double copy(Connection c, String table, Path file) throws Exception {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
