package dev.retain.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.cycle.CycleCompleted;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month's figures against hand-computed planted data (MetricsFixture, docs/metrics.md), idempotent refreshes, the
 * refresh after a cycle's completion event, and the drill-down's pages. Assertions read only the planted managers',
 * teams' and branches' rows: other tests share the database.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTests {

    @Autowired Metrics metrics;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    @BeforeAll
    void plantAndRefresh() {
        new MetricsFixture(jdbc, clock.getZone()).plantOnce();
        metrics.refresh(MetricsFixture.MONTH);
    }

    @Test
    void aManagersFiguresFollowTheDefinitions() {
        Map<Metric, MetricValue> cm1 = figures(Breakdown.MANAGER, "MT-CM1");
        // respondents …01 (perceptions 6, NPS 10, knows) and …02 (perceptions 3, NPS 5, does not know)
        assertValue(cm1, Metric.SATISFACTION, "50.00", 1, 2);
        assertValue(cm1, Metric.AWARENESS, "50.00", 1, 2);
        assertValue(cm1, Metric.NPS, "0.00", 0, 2);                 // one promoter, one detractor
        assertValue(cm1, Metric.LOYALTY, "62.50", "125.00", 2);     // (5×10 + 50) + (5×5 + 0, white: not active)
        // three customers with the manager: …01 reached, …03 a care SMS delivered; …02 only unreachable
        assertValue(cm1, Metric.FREQUENCY, "66.67", 2, 3);
        // last month's programme: …01 yellow, …02 red, …03 green; only …01 is still active
        assertValue(cm1, Metric.RETENTION, "33.33", 1, 3);
        assertValue(cm1, Metric.CHURN, "66.67", 2, 3);
        assertValue(cm1, Metric.UPGRADED, "33.33", 1, 3);           // …01 yellow → green
        assertValue(cm1, Metric.DOWNGRADED, "66.67", 2, 3);         // …02 white, …03 gone
        assertValue(cm1, Metric.CLV, "600.00", "1200.00", 2);       // 1000 and 200; …03 has no row this month
        assertValue(cm1, Metric.ZONE_GREEN, "50.00", 1, 2);
        assertValue(cm1, Metric.ZONE_WHITE, "50.00", 1, 2);
        assertValue(cm1, Metric.ZONE_BLUE, "0.00", 0, 2);
        assertValue(cm1, Metric.TASKS_DONE, "50.00", 1, 2);
        assertValue(cm1, Metric.TASKS_OVERDUE, "50.00", 1, 2);      // …02's task is open past its due date
        assertThat(cm1.get(Metric.COMPLAINTS_IN_TIME).value()).as("no complaint closed: no value, not 0").isNull();

        Map<Metric, MetricValue> cm2 = figures(Breakdown.MANAGER, "MT-CM2");
        assertValue(cm2, Metric.SATISFACTION, "100.00", 1, 1);     // perceptions 5 of 7: exactly the top third
        assertValue(cm2, Metric.FREQUENCY, "0.00", 0, 1);          // reached last month only
        assertValue(cm2, Metric.NPS, "0.00", 0, 1);                // 8 is passive
        assertValue(cm2, Metric.LOYALTY, "90.00", "90.00", 1);
        assertValue(cm2, Metric.RETENTION, "100.00", 1, 1);
    }

    @Test
    void branchesAndTeamsGroupTheSameCustomers() {
        assertThat(figures(Breakdown.BRANCH, "MTRG/b1")).isEqualTo(figures(Breakdown.MANAGER, "MT-CM1").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> withKey(e.getValue(), Breakdown.BRANCH, "MTRG/b1"))));
        Map<Metric, MetricValue> b2 = figures(Breakdown.BRANCH, "MTRG/b2");
        assertValue(b2, Metric.ZONE_RED, "1.75", 1, 57);              // …05 red; …04 and MT-CM3's 55 blue
        assertValue(b2, Metric.FREQUENCY, "0.00", 0, 56);             // …05 has no manager: not in the base
        assertValue(figures(Breakdown.TEAM, "MT-T2"), Metric.AWARENESS, "100.00", 1, 1);
        assertValue(figures(Breakdown.TEAM, "MT-T3"), Metric.RETENTION, "100.00", 55, 55);
    }

    @Test
    void aSecondRefreshWritesTheSameRows() {
        List<String> before = snapshot();
        int customers = metrics.refresh(MetricsFixture.MONTH);
        assertThat(customers).isPositive();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theDrillDownListsTheCustomersBehindAFigureAPageAtATime() {
        assertThat(metrics.customers(MetricsFixture.MONTH, Metric.CHURN, DrillDown.COUNTED, Breakdown.MANAGER, "MT-CM1", null, 0, 50))
                .extracting(MetricCustomer::msisdnReceived).containsExactly("13796200002", "13796200003");
        assertThat(metrics.customers(MetricsFixture.MONTH, Metric.CHURN, DrillDown.REST, Breakdown.MANAGER, "MT-CM1", null, 0, 50))
                .extracting(MetricCustomer::msisdnReceived).containsExactly("13796200001");
        assertThat(metrics.customers(MetricsFixture.MONTH, Metric.FREQUENCY, DrillDown.REST, Breakdown.BRANCH, "MTRG/b1", null, 0, 50))
                .extracting(MetricCustomer::msisdnReceived).containsExactly("13796200002");
        List<MetricCustomer> first = metrics.customers(MetricsFixture.MONTH, Metric.FREQUENCY, DrillDown.REST, Breakdown.TEAM, "MT-T3", null, 0, 50);
        List<MetricCustomer> second = metrics.customers(MetricsFixture.MONTH, Metric.FREQUENCY, DrillDown.REST, Breakdown.TEAM, "MT-T3", null, 50, 50);
        assertThat(first).hasSize(50);
        assertThat(second).hasSize(5);
        assertThat(first.get(0).customerKey()).isNotBlank();
        // a manager's own view: another manager's customers are not in it
        assertThat(metrics.customers(MetricsFixture.MONTH, Metric.CHURN, DrillDown.BASE, Breakdown.BRANCH, "MTRG/b1", "MT-CM2", 0, 50)).isEmpty();
    }

    @Test
    void aCompletedCycleRefreshesItsMonth() throws InterruptedException {
        YearMonth next = MetricsFixture.MONTH.plusMonths(1);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new CycleCompleted(-1, next)));
        long end = System.nanoTime() + 20_000_000_000L;
        while (metrics.of(next, Breakdown.MANAGER).stream().noneMatch(v -> v.key().equals("MT-CM1")) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        // 2080-03 has no segments: last month's (2080-02) programme customers of MT-CM1 (…01 green, …02 white) are gone
        Map<Metric, MetricValue> cm1 = figures(next, Breakdown.MANAGER, "MT-CM1");
        assertValue(cm1, Metric.RETENTION, "0.00", 0, 1);
    }

    private List<String> snapshot() {
        List<String> rows = new java.util.ArrayList<>(jdbc.sql("""
                        select breakdown || '|' || key || '|' || metric || '|' || numerator || '|' || denominator || '|' || coalesce(value::text, '-')
                        from metric_monthly where month = ? and key like 'MT%' order by 1""")
                .param(MetricsFixture.MONTH.toString()).query(String.class).list());
        rows.addAll(jdbc.sql("select row(c.*)::text from metric_customer c where month = ? and msisdn like '137962%' order by msisdn")
                .param(MetricsFixture.MONTH.toString()).query(String.class).list());
        return rows;
    }

    private Map<Metric, MetricValue> figures(Breakdown breakdown, String key) {
        return figures(MetricsFixture.MONTH, breakdown, key);
    }

    private Map<Metric, MetricValue> figures(YearMonth month, Breakdown breakdown, String key) {
        return metrics.of(month, breakdown).stream().filter(v -> v.key().equals(key))
                .collect(Collectors.toMap(MetricValue::metric, v -> v));
    }

    private static MetricValue withKey(MetricValue v, Breakdown breakdown, String key) {
        return new MetricValue(v.month(), breakdown, key, v.metric(), v.numerator(), v.denominator(), v.value());
    }

    private static void assertValue(Map<Metric, MetricValue> figures, Metric metric, String value, Object numerator, long denominator) {
        MetricValue v = figures.get(metric);
        assertThat(v).as(metric.code()).isNotNull();
        assertThat(v.value()).as(metric.code() + " value").isEqualByComparingTo(new BigDecimal(value));
        assertThat(v.numerator()).as(metric.code() + " numerator").isEqualByComparingTo(new BigDecimal(numerator.toString()));
        assertThat(v.denominator()).as(metric.code() + " denominator").isEqualByComparingTo(BigDecimal.valueOf(denominator));
    }
}
