package dev.retain.app.campaign.internal;

import dev.retain.engine.tariff.PeerMonth;
import dev.retain.engine.tariff.UsageMonth;
import dev.retain.engine.value.PeerOperator;
import dev.retain.engine.value.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the tariff and family-plan advice read from the customer module's imported tables ({@code plan},
 * {@code subscriber}, {@code usage_monthly}, {@code call_peer}), read-only: each is an indexed lookup by MSISDN except
 * the plans (a few dozen rows).
 */
@Component
public class TariffReadModel {

    /** The customer's plan id (null: none on file) and join date. */
    public record CustomerPlan(String planId, LocalDate joinDate) {
    }

    private final JdbcClient jdbc;

    TariffReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Plan> plans() {
        return jdbc.sql("""
                        select plan_id, name, monthly_fee, voice_min, data_mb, sms, over_voice_per_min, over_data_per_mb, over_sms
                        from plan order by plan_id""")
                .query((rs, i) -> new Plan(rs.getString(1), rs.getString(2), fen(rs.getBigDecimal(3)), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), fen(rs.getBigDecimal(7)), fen(rs.getBigDecimal(8)), fen(rs.getBigDecimal(9))))
                .list();
    }

    public Optional<CustomerPlan> customer(String msisdn) {
        return jdbc.sql("select plan_id, join_date from subscriber where msisdn = ?").param(msisdn)
                .query((rs, i) -> new CustomerPlan(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
    }

    /** The newest {@code months} months of usage on file, oldest first. */
    public List<UsageMonth> lastUsage(String msisdn, int months) {
        List<UsageMonth> newestFirst = new ArrayList<>(jdbc.sql("""
                        select month, bill, mou_out, data_mb, sms from usage_monthly where msisdn = ? order by month desc limit ?""")
                .params(msisdn, months)
                .query((rs, i) -> new UsageMonth(rs.getString(1), fen(rs.getBigDecimal(2)), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5)))
                .list());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The newest month of usage on file for the customer. */
    public Optional<YearMonth> newestMonth(String msisdn) {
        return jdbc.sql("select max(month) from usage_monthly where msisdn = ?").param(msisdn)
                .query((rs, i) -> rs.getString(1)).optional().filter(m -> m != null).map(YearMonth::parse);
    }

    /** The customer's call-peer rows of the months {@code from}..{@code to}. */
    public List<PeerMonth> peers(String msisdn, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select month, peer, peer_operator, calls from call_peer where msisdn = ? and month between ? and ?""")
                .params(msisdn, from.toString(), to.toString())
                .query((rs, i) -> new PeerMonth(YearMonth.parse(rs.getString(1)), rs.getString(2),
                        PeerOperator.parse(rs.getString(3)), rs.getLong(4)))
                .list();
    }

    private static long fen(BigDecimal cny) {
        return cny.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
