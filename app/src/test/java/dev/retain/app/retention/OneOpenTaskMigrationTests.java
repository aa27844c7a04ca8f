package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V5_4 on a database that already holds a customer's open tasks of several months: the newest
 * stays open, the older ones are closed as superseded by it, their reasons and follow-up date
 * carry over, their contacts stay where they are. Run on the migrations as shipped, in a schema
 * of its own so the shared test database is left alone.
 */
@RetainWebTest
class OneOpenTaskMigrationTests {

    static final String SCHEMA = "one_open_task_migration_test";

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Environment env;

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations(env.getProperty("spring.flyway.locations").split(",")).outOfOrder(true);
        return (target == null ? config : config.target(target)).load();
    }

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    private void task(String id, String msisdn, String month, String kind, String status, String reasons, String due, String followUp) {
        jdbc.sql("insert into " + SCHEMA + ".task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, status, "
                        + "follow_up_date) values (?, ?, ?, ?, ?, 1, 0, cast(? as date), ?, cast(? as date))")
                .params(id, msisdn, month, kind, reasons, due, status, followUp).update();
    }

    private Map<String, Object> row(String id) {
        return jdbc.sql("select status, superseded_by, reasons, cast(due_date as text) as due, cast(follow_up_date as text) as follow_up "
                + "from " + SCHEMA + ".task where task_id = ?").param(id).query().singleRow();
    }

    @Test
    void olderOpenTasksOfACustomerAreSupersededByTheNewestWithTheirReasonsAndFollowUp() {
        flyway("5.3").migrate();
        task("T08", "13900000001", "2026-08", "retention", "open", "yellow_zone", "2026-09-08", null);
        task("T09", "13900000001", "2026-09", "winback", "open", "white_zone;bill_down_30", "2026-11-20", "2026-11-20");
        task("T10", "13900000001", "2026-10", "retention", "open", "yellow_zone;red_zone", "2026-11-08", null);
        task("D09", "13900000002", "2026-09", "retention", "done", "red_zone", "2026-10-08", null);
        task("O10", "13900000002", "2026-10", "retention", "open", "red_zone", "2026-11-08", null);
        jdbc.sql("insert into " + SCHEMA + ".contact (msisdn, channel, outcome, username, task_id, follow_up_date) "
                + "values ('13900000001', 'phone_manager', 'unreachable', 'pm', 'T09', date '2026-11-20')").update();

        flyway(null).migrate();

        assertThat(row("T10")).containsEntry("status", "open").containsEntry("reasons", "yellow_zone;red_zone;white_zone;bill_down_30")
                .containsEntry("follow_up", "2026-11-20").containsEntry("due", "2026-11-20");
        assertThat(row("T09")).containsEntry("status", "superseded").containsEntry("superseded_by", "T10");
        assertThat(row("T08")).containsEntry("status", "superseded").containsEntry("superseded_by", "T10");
        assertThat(row("D09")).as("a done task is history").containsEntry("status", "done").containsEntry("superseded_by", null);
        assertThat(row("O10")).as("one open task: nothing to do").containsEntry("status", "open").containsEntry("reasons", "red_zone")
                .containsEntry("due", "2026-11-08");
        assertThat(jdbc.sql("select task_id from " + SCHEMA + ".contact").query(String.class).list()).isEqualTo(List.of("T09"));
    }
}
