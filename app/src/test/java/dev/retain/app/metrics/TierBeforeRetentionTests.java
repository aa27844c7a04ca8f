package dev.retain.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The high-value retention counts last month's diamond and gold customers by last month's tier: one downgraded to silver
 * this month but still active stays in the base and counts as kept; one who became gold this month is not in it.
 */
@RetainWebTest
class TierBeforeRetentionTests {

    private static final YearMonth BEFORE = YearMonth.of(2093, 3);
    private static final YearMonth MONTH = YearMonth.of(2093, 4);

    @Autowired Metrics metrics;
    @Autowired JdbcClient jdbc;

    @Test
    void aCustomerDowngradedThisMonthStaysInLastMonthsTiersBase() {
        try {
            segment(BEFORE, "13796900001", "gold", "green");
            segment(MONTH, "13796900001", "silver", "yellow");   // downgraded, still active: kept
            segment(BEFORE, "13796900002", "gold", "red");       // gone this month: lost
            segment(BEFORE, "13796900003", "silver", "blue");
            segment(MONTH, "13796900003", "gold", "blue");       // gold only now: not last month's high value
            metrics.refresh(MONTH);

            Metrics.TierRetention highValue = metrics.retentionOfTiersBefore(MONTH, Set.of("diamond", "gold"));
            assertThat(highValue.base()).isEqualTo(2);
            assertThat(highValue.retained()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from segment where msisdn like '137969%'").update();
            jdbc.sql("delete from metric_customer where month in ('2093-03', '2093-04')").update();
            jdbc.sql("delete from metric_monthly where month in ('2093-03', '2093-04')").update();
            jdbc.sql("delete from segment_migration_summary where month in ('2093-03', '2093-04', '2093-05')").update();
        }
    }

    private void segment(YearMonth month, String msisdn, String tier, String zone) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, ?, 'imported', ?, 'tier_before_test', 0.5, 100)""")
                .params(month.toString(), msisdn, tier, zone).update();
    }
}
