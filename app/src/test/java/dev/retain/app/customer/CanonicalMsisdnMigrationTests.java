package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.engine.task.TaskPlanner;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An existing database (as issue 9 left it: every MSISDN stored as received) migrated to
 * canonical keys: each module's Java migration rewrites its own tables with the engine's rule,
 * the subscriber keeps the number as received, task ids follow their number (and contacts their
 * task). Run on the migrations as shipped, in a schema of its own.
 */
@RetainWebTest
class CanonicalMsisdnMigrationTests {

    static final String SCHEMA = "canonical_msisdn_migration_test";
    static final String PLUS = "+8613980000001";
    static final String KEY = "13980000001";
    static final String NATIONAL = "13980000002";

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Environment env;

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations(env.getProperty("spring.flyway.locations").split(",")).outOfOrder(true);
    }

    /** Every migration except the Java ones (the canonical-key migrations): the schema as issue 9 shipped it, and later SQL. */
    private void migrateWithoutJavaMigrations() {
        flyway().javaMigrationClassProvider(List::of).load().migrate();
    }

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    private void sql(String statement) {
        jdbc.sql(statement.replace("§", SCHEMA + ".")).update();
    }

    private List<String> rows(String query) {
        return jdbc.sql(query.replace("§", SCHEMA + ".")).query(String.class).list();
    }

    private void subscriber(String msisdn) {
        sql("insert into §subscriber (msisdn, name, region, brand, join_date) values ('" + msisdn + "', 'N', 'hangzhou', 'gotone', date '2015-01-01')");
    }

    @Test
    void everyKeyBecomesCanonicalTheSubscriberKeepsItsFormAndTaskIdsFollow() {
        migrateWithoutJavaMigrations();
        assertThat(rows("select column_name from information_schema.columns where table_schema = '" + SCHEMA
                + "' and table_name = 'subscriber' and column_name = 'msisdn_received'")).as("not there before").isEmpty();
        subscriber(PLUS);
        subscriber(NATIONAL);
        sql("insert into §usage_monthly (msisdn, month, bill, mou_out, data_mb, sms, state) values ('" + PLUS + "', '2026-10', 188, 301, 1, 1, 'active'),"
                + " ('" + NATIONAL + "', '2026-10', 200, 301, 1, 1, 'active')");
        sql("insert into §call_peer (msisdn, month, peer, peer_operator, calls, minutes) values ('" + PLUS + "', '2026-10', '+8613380000009', 'unicom', 3, 9)");
        sql("insert into §customer_note (msisdn, note, author) values ('" + PLUS + "', 'likes data', 'pm')");
        sql("insert into §segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk) values"
                + " ('2026-10', '" + PLUS + "', 'gold', 'imported', 'yellow', 'yellow_bill_drop', 0.2, 10),"
                + " ('2026-10', '" + NATIONAL + "', 'gold', 'imported', 'blue', 'blue_commit', 0.1, 5)");
        sql("insert into §assignment (msisdn, manager_id, role, reason, month, assigned_by) values ('" + PLUS + "', 'PM1', 'phone_manager', 'kept', '2026-10', 'cycle')");
        sql("insert into §assignment_history (msisdn, from_manager, to_manager, role, reason, month, by_user) values"
                + " ('" + PLUS + "', null, 'PM1', 'phone_manager', 'manual', '2026-10', 'sup')");
        sql("insert into §task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date) values"
                + " ('T2026-10-as-received', '" + PLUS + "', '2026-10', 'retention', 'yellow_zone', 10, 10, date '2026-11-06'),"
                + " ('T2026-10-national', '" + NATIONAL + "', '2026-10', 'retention', 'green_lift', 5, 5, date '2026-11-06')");
        sql("insert into §contact (msisdn, channel, outcome, username, task_id) values ('" + PLUS + "', 'sms', 'reached', 'pm', 'T2026-10-as-received')");

        flyway().load().migrate();

        assertThat(rows("select msisdn || ' ' || msisdn_received from §subscriber order by 1"))
                .containsExactly(KEY + " " + PLUS, NATIONAL + " " + NATIONAL);
        assertThat(rows("select msisdn from §usage_monthly order by 1")).containsExactly(KEY, NATIONAL);
        assertThat(rows("select msisdn || ' ' || peer from §call_peer")).containsExactly(KEY + " 13380000009");
        assertThat(rows("select msisdn from §customer_note")).containsExactly(KEY);
        assertThat(rows("select msisdn from §segment order by 1")).containsExactly(KEY, NATIONAL);
        assertThat(rows("select msisdn from §assignment")).containsExactly(KEY);
        assertThat(rows("select msisdn from §assignment_history")).containsExactly(KEY);
        String renamedTask = TaskPlanner.taskId(YearMonth.of(2026, 10), KEY);
        assertThat(rows("select task_id || ' ' || msisdn from §task order by msisdn"))
                .as("the id the next run of the month computes").containsExactly(renamedTask + " " + KEY, "T2026-10-national " + NATIONAL);
        assertThat(rows("select msisdn || ' ' || task_id from §contact")).containsExactly(KEY + " " + renamedTask);
    }

    @Test
    void aDatabaseWithBothFormsOfOneNumberIsNotMigratedAndSaysWhich() {
        migrateWithoutJavaMigrations();
        subscriber(PLUS);
        subscriber(KEY);

        assertThatThrownBy(() -> flyway().load().migrate()).hasStackTraceContaining(
                "the database holds 1 number(s) twice, once with +86 and once without (" + KEY + " and " + PLUS + ")");
        assertThat(rows("select msisdn from §subscriber order by 1")).as("rolled back").containsExactly(PLUS, KEY);
    }
}
