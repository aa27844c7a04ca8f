package dev.retain.app.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.cycle.CycleCompleted;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measured month's figures come from closed_loop_month (months of its own, 2062): written on first use, kept while
 * the owners' rows change, written anew when the month after's cycle completes; a pending month is counted live.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedLoopMonthsTests {

    private static final YearMonth WORK = YearMonth.of(2062, 1);
    private static final YearMonth AFTER = YearMonth.of(2062, 2);
    private static final String MANAGER = "CLM-PM1";

    @Autowired JdbcClient jdbc;
    @Autowired ClosedLoop closedLoop;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    @BeforeAll
    void plant() {
        task("CLM-A", "13796600001", WORK);
        task("CLM-B", "13796600002", WORK);
        task("CLM-C", "13796600003", AFTER); // 2062-03 has no cycle: pending
        segment(WORK, "13796600001", "yellow");
        segment(WORK, "13796600002", "red");
        segment(AFTER, "13796600001", "green"); // better
        segment(AFTER, "13796600002", "red");   // active
    }

    @Test
    void aMeasuredMonthIsStoredOnFirstUseAndWrittenAnewAfterTheNextCycle() throws InterruptedException {
        assertThat(stored()).isZero();
        assertThat(closedLoop.byManager(WORK).get(MANAGER)).isEqualTo(new OutcomeRate(2, 2, 1, 0));
        assertThat(stored()).as("the month's figures were written on first use").isPositive();
        assertThat(closedLoop.byManager(AFTER).get(MANAGER)).as("pending: counted live").isEqualTo(new OutcomeRate(0, 0, 0, 1));

        // B leaves after the figures were stored: the page keeps the stored month until the next cycle writes it anew
        jdbc.sql("update segment set zone = 'white' where month = ? and msisdn = '13796600002'").param(AFTER.toString()).update();
        assertThat(closedLoop.byManager(WORK).get(MANAGER)).isEqualTo(new OutcomeRate(2, 2, 1, 0));

        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new CycleCompleted(-1, AFTER)));
        long end = System.nanoTime() + 20_000_000_000L;
        while (closedLoop.byManager(WORK).get(MANAGER).active() == 2 && System.nanoTime() < end) Thread.sleep(100);
        assertThat(closedLoop.byManager(WORK).get(MANAGER)).isEqualTo(new OutcomeRate(2, 1, 1, 0));
        Map<String, OutcomeRate> rules = closedLoop.report(new ClosedLoopWindow(java.util.List.of(WORK), AFTER)).rules();
        assertThat(rules.get("clm_rule")).isEqualTo(new OutcomeRate(2, 1, 1, 1));
    }

    private long stored() {
        return jdbc.sql("select count(*) from closed_loop_month where month = ?").param(WORK.toString()).query(Long.class).single();
    }

    private void task(String id, String msisdn, YearMonth month) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id)
                        values (?, ?, ?, 'retention', 'clm_rule', 10, 100, date '2062-03-01', ?) on conflict do nothing""")
                .params(id, msisdn, month.toString(), MANAGER).update();
    }

    private void segment(YearMonth month, String msisdn, String zone) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', ?, 'clm_test', 0.5, 100) on conflict do nothing""")
                .params(month.toString(), msisdn, zone).update();
    }
}
