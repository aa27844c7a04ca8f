package dev.retain.app.segment;

import dev.retain.app.core.CsvCopy;
import dev.retain.engine.value.Zone;
import dev.retain.engine.zone.ZoneRule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The segment table: each subscriber's zone, tier and value at risk per cycle month
 * (segments.csv of the engine). Written only by the monthly cycle, through
 * {@link #replaceMonth}. The one definition of zone counts, months and the migration
 * matrix: the dashboard and the API ask here. A month's zone counts and migration from the
 * month before are kept in segment_migration_summary, written with the month's segments.
 */
@Service
public class Segments {

    /** Migration row of subscribers not present in the earlier month (new, or back). */
    public static final String ABSENT = "absent";
    /** Migration column of subscribers present in the earlier month who left or are missing in the later one. */
    public static final String GONE = "gone";
    private static final String LEFT = ZoneRule.NONE_LEFT.code();
    private static final String STAGE = "segment_cycle_in";
    private static final String COLUMNS = """
            month, msisdn, tier, tier_source, zone, rule, bill_m1, mou_m1, bill_m2, mou_m2, state_m1, churn_score, value_at_risk""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;

    Segments(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * Subscribers present in the month (every rule but {@code none_left}) per zone, every zone
     * present (0 when empty), in the zones' order. Those who have left are not counted: they
     * are the migration's {@link #GONE} column. The engine's summary.json counts zones the same way.
     */
    public Map<String, Long> zoneCounts(YearMonth month) {
        Map<String, Long> counts = emptyZoneMap(List.of());
        // every subscriber present in the month is in exactly one cell of its migration from the month before
        summarised(month).forEach((from, row) -> row.forEach((to, n) -> {
            if (!to.equals(GONE)) counts.merge(to, n, Long::sum);
        }));
        return counts;
    }

    /**
     * Zone migration between two cycle months (SPEC R2.3) over the subscribers present in
     * either: from-zone → to-zone → subscribers. Row {@link #ABSENT}: not present in
     * {@code from} (new, or back); column {@link #GONE}: present in {@code from}, left or
     * missing in {@code to}. Every zone row and column is there, 0 when empty; those present
     * in neither month are not counted. The engine's summary.json uses the same keys.
     */
    public Map<String, Map<String, Long>> migration(YearMonth from, YearMonth to) {
        if (to.equals(from.plusMonths(1))) return summarised(to);
        Map<String, Map<String, Long>> matrix = emptyMatrix();
        jdbc.sql("select from_zone, to_zone, subscribers from (" + MIGRATION + ") m")
                .param("from", from.toString()).param("to", to.toString()).param("left", LEFT)
                .param("absent", ABSENT).param("gone", GONE)
                .query((ResultSet rs) -> {
                    matrix.computeIfAbsent(rs.getString(1), k -> emptyZoneMap(List.of(GONE))).put(rs.getString(2), rs.getLong(3));
                });
        return matrix;
    }

    /** The migration from the month before, subscribers present in either month, as from_zone, to_zone, subscribers. */
    private static final String MIGRATION = """
            select coalesce(a.zone, :absent) as from_zone, coalesce(b.zone, :gone) as to_zone, count(*) as subscribers
            from (select msisdn, zone from segment where month = :from and rule <> :left) a
            full join (select msisdn, zone from segment where month = :to and rule <> :left) b on a.msisdn = b.msisdn
            group by 1, 2""";

    /**
     * The month's migration from the month before, from the summary table; a month segmented
     * before the table existed is summarised on first use (a month and the one before both
     * empty have nothing to store and cost nothing to count again).
     */
    private Map<String, Map<String, Long>> summarised(YearMonth month) {
        Map<String, Map<String, Long>> matrix = emptyMatrix();
        if (!readSummary(month, matrix) && summarise(month) > 0) readSummary(month, matrix);
        return matrix;
    }

    private boolean readSummary(YearMonth month, Map<String, Map<String, Long>> matrix) {
        boolean[] found = {false};
        jdbc.sql("select from_zone, to_zone, subscribers from segment_migration_summary where month = ?")
                .param(month.toString())
                .query((ResultSet rs) -> {
                    found[0] = true;
                    matrix.computeIfAbsent(rs.getString(1), k -> emptyZoneMap(List.of(GONE))).put(rs.getString(2), rs.getLong(3));
                });
        return found[0];
    }

    /**
     * Stores the month's migration from the month before on first use, in a transaction of its own: a reader's may be
     * read-only, as a report's build is. A concurrent first use stores it once. Returns the cells stored. Never from
     * inside the cycle's transaction: its own connection would not see the month's uncommitted segments
     * ({@link #replaceMonth} summarises in the caller's transaction).
     */
    private int summarise(YearMonth month) {
        Integer cells = ownTransaction.execute(tx -> summariseHere(month));
        return cells == null ? 0 : cells;
    }

    /** Stores the month's migration from the month before in the current transaction. */
    private int summariseHere(YearMonth month) {
        return jdbc.sql("insert into segment_migration_summary (month, from_zone, to_zone, subscribers) select :to, m.* from ("
                        + MIGRATION + ") m on conflict do nothing")
                .param("from", month.minusMonths(1).toString()).param("to", month.toString()).param("left", LEFT)
                .param("absent", ABSENT).param("gone", GONE).update();
    }

    private static Map<String, Map<String, Long>> emptyMatrix() {
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        for (Zone z : Zone.values()) matrix.put(z.code(), emptyZoneMap(List.of(GONE)));
        matrix.put(ABSENT, emptyZoneMap(List.of(GONE)));
        return matrix;
    }

    /** Every month that has segments, newest first. */
    public List<YearMonth> months() {
        // a skip scan of the primary key: one index probe per month, not a read of every row
        return jdbc.sql("""
                        with recursive m(month) as (
                          select max(month) from segment
                          union all
                          select (select max(month) from segment where month < m.month) from m where m.month is not null)
                        select month from m where month is not null""").query(String.class).list()
                .stream().map(YearMonth::parse).toList();
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
     * Replaces the month's segments with the rows of the engine's segments.csv: a re-run of a
     * month leaves exactly one row per subscriber. Runs in the caller's transaction (the
     * cycle's, which lands a month whole or not at all): the file is copied into a staging
     * table of this module, dropped at commit. Returns the rows written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replaceMonth(YearMonth month, Path segmentsCsv) {
        // the engine's column types; empty CSV fields arrive as null
        jdbc.sql("""
                create temp table segment_cycle_in (msisdn text, month text, tier text, tier_source text, zone text, rule text,
                  bill_m1 numeric, mou_m1 bigint, bill_m2 numeric, mou_m2 bigint, state_m1 text, churn_score numeric,
                  value_at_risk numeric, churn_reasons text, rfm_r smallint, rfm_f smallint, rfm_m smallint, rfm text,
                  value_grade text, clv numeric) on commit drop""").update();
        CsvCopy csv = CsvCopy.of(segmentsCsv);
        try (InputStream in = csv.open()) {
            CsvCopy.copyManager(dataSource).copyIn(csv.command(STAGE), in);
        } catch (IOException | SQLException e) {
            throw csv.failed(e);
        }
        jdbc.sql("analyze " + STAGE).update();
        jdbc.sql("delete from segment where month = ?").param(month.toString()).update();
        int rows = jdbc.sql("insert into segment (" + COLUMNS + ", churn_reasons, rfm_r, rfm_f, rfm_m, rfm, value_grade, clv) "
                        + "select :month, msisdn, tier, tier_source, zone, rule, "
                        + "bill_m1, mou_m1, bill_m2, mou_m2, nullif(state_m1, ''), coalesce(churn_score, 0), coalesce(value_at_risk, 0), "
                        + "nullif(churn_reasons, ''), rfm_r, rfm_f, rfm_m, nullif(rfm, ''), nullif(value_grade, ''), clv from " + STAGE)
                .param("month", month.toString()).update();
        // the month's summary, and the next month's (its migration starts here) is summarised again on first use
        jdbc.sql("delete from segment_migration_summary where month in (?, ?)")
                .params(month.toString(), month.plusMonths(1).toString()).update();
        summariseHere(month);
        return rows;
    }

    private static Map<String, Long> emptyZoneMap(List<String> extra) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Zone z : Zone.values()) m.put(z.code(), 0L);
        for (String e : extra) m.put(e, 0L);
        return m;
    }

    private static SegmentRow row(ResultSet rs, int i) throws SQLException {
        return new SegmentRow(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getObject(8, Long.class), rs.getBigDecimal(9), rs.getObject(10, Long.class),
                rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13));
    }
}
