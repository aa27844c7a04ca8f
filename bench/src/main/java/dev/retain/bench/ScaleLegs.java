package dev.retain.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.postgresql.PGConnection;

/** The province benchmark's peer paths, each the main of its own process ({@link ProvinceScaleBench}). */
final class ScaleLegs {

    private ScaleLegs() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "duckdb" -> DuckDbZones.run(Path.of(args[1]), Path.of(args[2]), YearMonth.parse(args[3]), Integer.parseInt(args[4]));
            case "postgres" -> postgres(Path.of(args[1]), YearMonth.parse(args[2]));
            case "floor" -> floor(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown leg " + args[0]);
        }
    }

    /**
     * The five zones in PostgreSQL's SQL over the tables the app imported ({@code data}: an installation's
     * {@code var/db/data}, the app stopped) (subscriber, usage_monthly), written
     * out with COPY like DuckDB's file: the same classification, {@link DuckDbZones#ZONE}. Prints the query's time.
     */
    static void postgres(Path data, YearMonth month) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("shared_buffers", "256MB").setServerConfig("work_mem", "32MB").start(); // the app's settings
             Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("set max_parallel_workers_per_gather = " + Runtime.getRuntime().availableProcessors());
            String sql = """
                    COPY (
                      WITH m1 AS (SELECT msisdn, bill, mou_out, state FROM usage_monthly WHERE month = '%s'),
                           m2 AS (SELECT msisdn, bill, mou_out FROM usage_monthly WHERE month = '%s')
                      SELECT s.msisdn, %s AS zone
                      FROM subscriber s LEFT JOIN m1 ON m1.msisdn = s.msisdn LEFT JOIN m2 ON m2.msisdn = s.msisdn
                    ) TO STDOUT (FORMAT csv, HEADER true)
                    """.formatted(month, month.minusMonths(1), DuckDbZones.ZONE);
            Path out = Files.createTempFile("retain-pg-zones", ".csv");
            try (OutputStream o = Files.newOutputStream(out)) {
                long t0 = System.nanoTime();
                long rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, o);
                System.out.printf("postgres zones: %,d rows measured_ms=%d%n", rows, (System.nanoTime() - t0) / 1_000_000);
            } finally {
                Files.deleteIfExists(out);
            }
        }
    }

    /** Reads every input file's bytes once, in 1 MB reads: the least any path must do. */
    static void floor(Path dir) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        long bytes = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path f : files) {
            try (FileChannel ch = FileChannel.open(f)) {
                int n;
                while ((n = ch.read(buffer.clear())) > 0) bytes += n;
            }
        }
        System.out.printf("floor: %,d bytes in %d files%n", bytes, files.size());
    }
}
