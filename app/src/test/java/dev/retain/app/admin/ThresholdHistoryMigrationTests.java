package dev.retain.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V7_2 turns the thresholds saved before (threshold_settings, A, M and C per version) into
 * per-setting history and puts the newest version in force. Run on the migrations as shipped,
 * in a schema of its own so the shared test database is left alone.
 */
@RetainWebTest
class ThresholdHistoryMigrationTests {

    static final String SCHEMA = "threshold_migration_test";

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

    @Test
    void savedThresholdsBecomePerSettingHistoryAndTheNewestIsInForce() {
        flyway("7.1").migrate();
        jdbc.sql("insert into " + SCHEMA + ".threshold_settings (high_value_bill, mou_threshold, min_commit, saved_by, saved_at) "
                + "values (199.50, 300, 88.00, 'alice', timestamptz '2026-09-01 10:00+08'), (199.50, 250, 77.00, 'bob', timestamptz '2026-10-01 10:00+08')")
                .update();

        flyway(null).migrate();

        assertThat(jdbc.sql("select key || ' ' || old_value || ' > ' || new_value || ' ' || changed_by from " + SCHEMA
                + ".setting_change order by id").query(String.class).list()).containsExactly(
                "zone.high-value-bill 188.00 > 199.50 alice",
                "zone.min-commit 88.00 > 77.00 bob",
                "zone.outgoing-mou 300 > 250 bob");
        assertThat(jdbc.sql("select key || '=' || value || ' ' || changed_by from " + SCHEMA + ".setting order by key").query(String.class).list())
                .isEqualTo(List.of("zone.high-value-bill=199.50 bob", "zone.min-commit=77.00 bob", "zone.outgoing-mou=250 bob"));
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = ? and table_name = 'threshold_settings'")
                .param(SCHEMA).query(Long.class).single()).isZero();
    }
}
