package dev.retain.app.segment;

import dev.retain.engine.value.Zone;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The segment table: each subscriber's zone, tier and value at risk per cycle month
 * (segments.csv of the engine). Written only by the monthly cycle, read by every page
 * that shows a zone.
 */
@Service
public class Segments {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String COLUMNS = """
            month, msisdn, tier, tier_source, zone, rule, bill_m1, mou_m1, bill_m2, mou_m2, state_m1, churn_score, value_at_risk""";

    private final JdbcClient jdbc;

    Segments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One subscriber in one cycle month; bills and minutes are null when the month has no usage row. */
    public record SegmentRow(YearMonth month, String msisdn, String tier, String tierSource, String zone, String rule,
                             BigDecimal billM1, Long mouM1, BigDecimal billM2, Long mouM2, String stateM1,
                             BigDecimal churnScore, BigDecimal valueAtRisk) {
    }

    /** A page of a month's segments, highest value at risk first. */
    public record SegmentPage(List<SegmentRow> rows, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** Every month the subscriber was segmented, newest first. */
    public List<SegmentRow> history(String msisdn) {
        return jdbc.sql("select " + COLUMNS + " from segment where msisdn = ? order by month desc")
                .param(msisdn).query(Segments::row).list();
    }

    /** Subscribers per zone in the month, every zone present (0 when empty), in the zones' order. */
    public Map<String, Long> zoneCounts(YearMonth month) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Zone z : Zone.values()) counts.put(z.code(), 0L);
        jdbc.sql("select zone, count(*) from segment where month = ? group by zone").param(month.toString())
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Zone migration between two cycle months: from-zone → to-zone → subscribers. A subscriber
     * missing in {@code from} counts under "absent", one missing in {@code to} under "gone".
     */
    public Map<String, Map<String, Long>> migration(YearMonth from, YearMonth to) {
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        jdbc.sql("""
                        select coalesce(a.zone, 'absent'), coalesce(b.zone, 'gone'), count(*)
                        from (select msisdn, zone from segment where month = :from) a
                        full join (select msisdn, zone from segment where month = :to) b on a.msisdn = b.msisdn
                        group by 1, 2""")
                .param("from", from.toString()).param("to", to.toString())
                .query((ResultSet rs) -> {
                    matrix.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return matrix;
    }

    /** One page of the month, optionally one zone only (null or blank = all zones). */
    public SegmentPage page(YearMonth month, String zone, int page, int size) {
        String z = zone == null ? "" : zone.trim();
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(500, size));
        long total = jdbc.sql("select count(*) from segment where month = :month and (:zone = '' or zone = :zone)")
                .param("month", month.toString()).param("zone", z).query(Long.class).single();
        List<SegmentRow> rows = jdbc.sql("select " + COLUMNS + """
                         from segment where month = :month and (:zone = '' or zone = :zone)
                        order by value_at_risk desc, msisdn offset :offset limit :limit""")
                .param("month", month.toString()).param("zone", z).param("offset", (long) p * s).param("limit", s)
                .query(Segments::row).list();
        return new SegmentPage(rows, total, p, s);
    }

    /** The newest month that has segments. */
    public Optional<YearMonth> latestMonth() {
        return jdbc.sql("select month from segment order by month desc limit 1").query(String.class).optional().map(YearMonth::parse);
    }

    /**
     * Replaces the month's segments with the rows of {@code stagingTable} (the columns of the
     * engine's segments.csv, loaded by the cycle in its transaction): a re-run of a month
     * leaves exactly one row per subscriber. Returns the rows written.
     */
    public int replaceMonth(YearMonth month, String stagingTable) {
        if (!TABLE_NAME.matcher(stagingTable).matches()) throw new IllegalArgumentException("not a table name: " + stagingTable);
        jdbc.sql("delete from segment where month = ?").param(month.toString()).update();
        return jdbc.sql("insert into segment (" + COLUMNS + ", churn_reasons) select :month, msisdn, tier, tier_source, zone, rule, "
                        + "bill_m1, mou_m1, bill_m2, mou_m2, nullif(state_m1, ''), coalesce(churn_score, 0), coalesce(value_at_risk, 0), "
                        + "nullif(churn_reasons, '') from " + stagingTable)
                .param("month", month.toString()).update();
    }

    private static SegmentRow row(ResultSet rs, int i) throws SQLException {
        return new SegmentRow(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getObject(8, Long.class), rs.getBigDecimal(9), rs.getObject(10, Long.class),
                rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13));
    }
}
