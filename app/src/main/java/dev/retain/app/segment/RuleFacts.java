package dev.retain.app.segment;

import dev.retain.app.core.CsvCopy;
import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.Facts;
import dev.retain.engine.value.Msisdn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention base's warning-rule facts per cycle month (the engine's facts.csv: the five zones and the VIPs): what an
 * offer's eligibility or a campaign's target is evaluated on in the application, without running
 * the cycle again. Written only by the monthly cycle through {@link #replaceMonth}; a cycle keeps its
 * month and the months just before it ({@value #MONTHS_KEPT} in all) and deletes older ones: targets look at
 * the newest, and the closed loop reads segments, not facts.
 */
@Service
public class RuleFacts {

    static final int MONTHS_KEPT = 3;
    private static final List<String> NAMES = List.copyOf(FactNames.TYPES.keySet());
    private static final String COLUMNS = String.join(", ", NAMES);

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RuleFacts(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** One customer's facts of one cycle month. */
    public record MonthFacts(YearMonth month, String msisdn, Facts facts) {
    }

    /** The newest cycle month with facts. */
    public Optional<YearMonth> newestMonth() {
        return jdbc.sql("select max(month) from rule_facts").query(String.class).optional().map(YearMonth::parse);
    }

    /**
     * The customer's newest facts: those of the newest kept month they were present in (a customer
     * who left last month keeps the month before's, with its month to say so).
     */
    public Optional<MonthFacts> of(String msisdn) {
        return jdbc.sql("select month, msisdn, " + COLUMNS + " from rule_facts where msisdn = ? order by month desc limit 1")
                .param(Msisdn.canonical(msisdn))
                .query(RuleFacts::row).optional();
    }

    /** Every customer with facts in the month, streamed in number order (a province does not fit in a list). */
    @Transactional(readOnly = true)
    public void forEach(YearMonth month, Consumer<MonthFacts> each) {
        jdbc.sql("select month, msisdn, " + COLUMNS + " from rule_facts where month = ? order by msisdn")
                .param(month.toString())
                .withFetchSize(2_000)
                .query((ResultSet rs) -> {
                    each.accept(row(rs, 0));
                });
    }

    /** Loads the cycle's facts.csv as the month's facts, in the caller's transaction (the cycle's: never alone); returns the rows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replaceMonth(YearMonth month, Path factsCsv) {
        jdbc.sql("delete from rule_facts where month = ?").param(month.toString()).update();
        CsvCopy csv = CsvCopy.of(factsCsv);
        long rows;
        try (InputStream in = csv.open()) {
            rows = CsvCopy.copyManager(dataSource).copyIn(csv.command("rule_facts"), in);
        } catch (IOException | SQLException e) {
            throw csv.failed(e);
        }
        jdbc.sql("delete from rule_facts where month < ?").param(month.minusMonths(MONTHS_KEPT - 1).toString()).update();
        return Math.toIntExact(rows);
    }

    private static MonthFacts row(ResultSet rs, int rowNum) throws SQLException {
        Facts f = new Facts();
        f.zone = text(rs, "zone", "none");
        f.previousZone = text(rs, "previous_zone", "none");
        f.tier = text(rs, "tier", "none");
        f.brand = text(rs, "brand", "");
        f.region = text(rs, "region", "");
        f.state = text(rs, "state", "");
        f.highValue = rs.getBoolean("high_value");
        f.hasPrev = rs.getBoolean("has_prev");
        f.bill = number(rs, "bill");
        f.billPrev = number(rs, "bill_prev");
        f.billChangePct = number(rs, "bill_change_pct");
        f.mou = rs.getLong("mou");
        f.mouPrev = rs.getLong("mou_prev");
        f.mouChangePct = number(rs, "mou_change_pct");
        f.dataMb = number(rs, "data_mb");
        f.dataChangePct = number(rs, "data_change_pct");
        f.sms = rs.getLong("sms");
        f.tenureMonths = rs.getLong("tenure_months");
        f.hasContract = rs.getBoolean("has_contract");
        f.monthsToContractEnd = rs.getLong("months_to_contract_end");
        f.minCommit = number(rs, "min_commit");
        f.points = rs.getLong("points");
        f.daysToPointsExpiry = rs.getLong("days_to_points_expiry");
        f.inGroup = rs.getBoolean("in_group");
        f.profileGaps = rs.getLong("profile_gaps");
        f.competitorShare = number(rs, "competitor_share");
        f.maxCompetitorPeerCalls = rs.getLong("max_competitor_peer_calls");
        f.complaints1m = rs.getLong("complaints_1m");
        f.complaints3m = rs.getLong("complaints_3m");
        f.churnScore = number(rs, "churn_score");
        f.valueAtRisk = number(rs, "value_at_risk");
        f.rfmR = rs.getLong("rfm_r");
        f.rfmF = rs.getLong("rfm_f");
        f.rfmM = rs.getLong("rfm_m");
        f.rfm = text(rs, "rfm", "");
        f.valueGrade = text(rs, "value_grade", "");
        f.clv = number(rs, "clv");
        return new MonthFacts(YearMonth.parse(rs.getString("month")), rs.getString("msisdn"), f);
    }

    private static String text(ResultSet rs, String column, String whenNull) throws SQLException {
        String v = rs.getString(column);
        return v == null ? whenNull : v;
    }

    /** A double the engine could not write is NaN: every comparison with it is false, as in the cycle. */
    private static double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
