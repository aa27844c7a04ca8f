package dev.retain.app.alert.internal;

import dev.retain.engine.value.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans and the subscribers' plans the in-process path measures usage against, read from the
 * customer module's imported tables ({@code plan}, {@code subscriber.plan_id}): a new import is how a
 * plan change arrives, as a new export published to the topology's compacted topics is for Kafka.
 */
@Component
public class PlanReadModel {

    private final JdbcClient jdbc;

    PlanReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan by id, money in fen as the engine counts it. */
    public Map<String, Plan> plans() {
        Map<String, Plan> plans = new HashMap<>();
        jdbc.sql("""
                        select plan_id, name, monthly_fee, voice_min, data_mb, sms, over_voice_per_min, over_data_per_mb, over_sms
                        from plan""")
                .query(rs -> {
                    plans.put(rs.getString(1), new Plan(rs.getString(1), rs.getString(2), fen(rs.getBigDecimal(3)), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), fen(rs.getBigDecimal(7)), fen(rs.getBigDecimal(8)), fen(rs.getBigDecimal(9))));
                });
        return plans;
    }

    /** Canonical MSISDN → plan id for those of {@code msisdns} that are subscribers with a plan. */
    public Map<String, String> planIdsOf(Collection<String> msisdns) {
        Map<String, String> out = new HashMap<>();
        if (msisdns.isEmpty()) return out;
        jdbc.sql("select msisdn, plan_id from subscriber where msisdn = any(?) and plan_id is not null")
                .param(msisdns.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    private static long fen(BigDecimal cny) {
        return cny.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
