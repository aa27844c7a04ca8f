package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.retention.MomentTasks.MomentTask;
import dev.retain.engine.task.TaskPlanner;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasks of key moments beside the cycle's: opened once per id, open beside the customer's
 * retention task, and left alone when the cycle re-applies their month. Month 2035-03 and
 * MSISDNs 1369420xxxx belong to this class.
 */
@RetainWebTest
class MomentTasksTests {

    private static final YearMonth MONTH = YearMonth.of(2035, 3);

    @Autowired MomentTasks momentTasks;
    @Autowired CycleTasks cycleTasks;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @TempDir Path tmp;

    private void subscriber(String msisdn) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                        values (?, ?, '王五', 'hangzhou', 'gotone', date '2015-01-01') on conflict do nothing""")
                .params(msisdn, msisdn).update();
    }

    private void applyCycle(String msisdn) throws Exception {
        Path file = tmp.resolve("tasks.csv");
        Files.writeString(file, """
                task_id,msisdn,month,kind,reasons,priority,value_at_risk,due_date,manager_id,actions,churn_reasons
                %s,%s,%s,retention,yellow_zone,500,62.40,2035-03-10,PM-MT-1,,
                """.formatted(TaskPlanner.taskId(MONTH, msisdn), msisdn, MONTH), StandardCharsets.UTF_8);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> cycleTasks.apply(MONTH, file));
    }

    private MomentTask birthdayCall(String msisdn) {
        return new MomentTask("B2035-03-14-" + msisdn, msisdn, MomentTaskKinds.CARE_CALL, "birthday", null, 300,
                new BigDecimal("120.00"), LocalDate.of(2035, 3, 14), "PM-MT-1");
    }

    @Test
    void aMomentTaskOpensOnceAndStaysOpenBesideTheRetentionTaskThroughACycleReRun() throws Exception {
        String msisdn = "13694200001";
        subscriber(msisdn);
        applyCycle(msisdn);

        assertThat(momentTasks.open(birthdayCall(msisdn))).isTrue();
        assertThat(momentTasks.open(birthdayCall(msisdn))).as("the same id again").isFalse();
        applyCycle(msisdn);

        assertThat(jdbc.sql("select kind from task where msisdn = ? and status = 'open' order by kind").param(msisdn)
                .query(String.class).list()).containsExactly("care-call", "retention");
    }

    @Test
    void onlyMomentKindsAreAccepted() {
        assertThatThrownBy(() -> new MomentTask("X-1", "13694200002", "retention", "birthday", null, 1, null,
                LocalDate.of(2035, 3, 1), null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    }
}
