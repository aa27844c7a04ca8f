package dev.retain.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The peer: DuckDB computing SPEC R2.2's five zones with SQL over the same CSV files and
 * writing one row per subscriber, as the engine's segments.csv does. Column types are
 * declared (DuckDB would read MSISDNs as numbers and money as doubles otherwise).
 */
final class DuckDbZones {

    /**
     * SPEC R2.2's five zones over m1 (the month), m2 (the month before) and s (the subscriber's min_commit), in SQL
     * that DuckDB and PostgreSQL both run (the province benchmark's PostgreSQL path uses it too).
     */
    static final String ZONE = """
            CASE
              WHEN m1.msisdn IS NULL OR m1.state = 'cancelled' THEN 'none'
              WHEN m1.state IN ('suspended', 'precancel') THEN 'white'
              WHEN m2.msisdn IS NOT NULL AND m2.bill >= 188 AND m2.mou_out > 300 AND m1.bill < 188 THEN 'yellow'
              WHEN m2.msisdn IS NOT NULL AND m2.bill >= 188 AND m2.mou_out > 300 AND m1.mou_out < 300 THEN 'red'
              WHEN m1.bill >= 188 AND m1.mou_out > 300 AND s.min_commit >= 88 THEN 'blue'
              WHEN m1.bill >= 188 AND m1.mou_out > 300 THEN 'green'
              ELSE 'none'
            END""";

    private DuckDbZones() {
    }

    static String sql(Path in, Path out, YearMonth month) {
        String subs = in.resolve("subscribers.csv").toString().replace("'", "''");
        String usage = in.resolve("usage_monthly.csv").toString().replace("'", "''");
        return """
                COPY (
                  WITH u AS (
                    SELECT msisdn, month, bill, mou_out, state
                    FROM read_csv('%s', header = true, auto_detect = true,
                         types = {'msisdn': 'VARCHAR', 'month': 'VARCHAR', 'bill': 'DECIMAL(14,2)', 'mou_out': 'BIGINT', 'state': 'VARCHAR', 'data_mb': 'DOUBLE', 'sms': 'BIGINT'})
                    WHERE month IN ('%s', '%s')),
                  m1 AS (SELECT * FROM u WHERE month = '%s'),
                  m2 AS (SELECT * FROM u WHERE month = '%s'),
                  s AS (SELECT msisdn, coalesce(CAST(nullif(min_commit, '') AS DECIMAL(14,2)), 0) AS min_commit
                        FROM read_csv('%s', header = true, all_varchar = true))
                  SELECT s.msisdn, %s AS zone
                  FROM s LEFT JOIN m1 ON m1.msisdn = s.msisdn LEFT JOIN m2 ON m2.msisdn = s.msisdn
                ) TO '%s' (HEADER, DELIMITER ',')
                """.formatted(usage, month, month.minusMonths(1), month, month.minusMonths(1), subs, ZONE,
                out.toString().replace("'", "''"));
    }

    /** Runs the zones and returns the count per zone of the file it wrote. */
    static Map<String, Long> run(Path in, Path out, YearMonth month, int threads) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement()) {
            st.execute("SET threads = " + threads);
            st.execute(sql(in, out, month));
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT zone, count(*) FROM read_csv('" + out.toString().replace("'", "''")
                    + "', header = true, types = {'msisdn': 'VARCHAR'}) GROUP BY zone ORDER BY zone")) {
                while (rs.next()) counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        }
    }
}
