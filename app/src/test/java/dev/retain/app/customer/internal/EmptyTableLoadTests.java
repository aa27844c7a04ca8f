package dev.retain.app.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first big load drops a table's indexes and builds them again exactly as they were. */
@RetainWebTest
class EmptyTableLoadTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    private List<String> indexes(String table) {
        return jdbc.sql("select indexdef from pg_indexes where tablename = ? order by indexname").param(table).query(String.class).list();
    }

    @Test
    void theIndexesComeBackAsTheyWereAndTheRowsAreIn() throws Exception {
        jdbc.sql("create table etl_probe (k text, m char(7), v int, primary key (k, m))").update();
        jdbc.sql("create index etl_probe_m on etl_probe (m)").update();
        List<String> before = indexes("etl_probe");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertThat(EmptyTableLoad.isEmpty(c, "etl_probe")).isTrue();
            EmptyTableLoad.load(c, "etl_probe", "insert into etl_probe select 'k' || g, '2024-01', g from generate_series(1, 1000) g");
            c.commit();
        }
        assertThat(indexes("etl_probe")).isEqualTo(before).hasSize(2);
        assertThat(jdbc.sql("select count(*) from etl_probe").query(Long.class).single()).isEqualTo(1000);
        assertThat(jdbc.sql("select contype from pg_constraint where conrelid = 'etl_probe'::regclass").query(String.class).list())
                .containsExactly("p");
    }

    @Test
    void aRepeatedKeyFailsWhenThePrimaryKeyIsRebuiltAndARollbackRestoresIt() throws Exception {
        jdbc.sql("create table etl_probe_dup (k text primary key)").update();
        List<String> before = indexes("etl_probe_dup");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> EmptyTableLoad.load(c, "etl_probe_dup", "insert into etl_probe_dup values ('a'), ('a')"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23505");
            c.rollback();
        }
        assertThat(indexes("etl_probe_dup")).isEqualTo(before);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("insert into etl_probe_dup values ('b'), ('b')")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theSubscribersBigLoadGivesEveryRowItsOwnKeyAndRebuildsTheKeysIndex() throws Exception {
        List<String> before = indexes("subscriber");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // the first big load of subscriber (inside a transaction rolled back at the end: other tests share the table)
            EmptyTableLoad.load(c, "subscriber", """
                    insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                    select '1770000' || lpad(g::text, 4, '0'), '1770000' || lpad(g::text, 4, '0'), '客户' || g, 'hangzhou', 'gotone',
                      date '2020-01-01'
                    from generate_series(1, 2000) g""");
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("""
                         select count(*), count(distinct customer_key), count(customer_key) from subscriber where msisdn like '1770000%'""")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2000);
                assertThat(rs.getLong(2)).as("distinct keys").isEqualTo(2000);
                assertThat(rs.getLong(3)).as("keys present").isEqualTo(2000);
            }
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("select indexdef from pg_indexes where tablename = 'subscriber' order by indexname")) {
                List<String> after = new java.util.ArrayList<>();
                while (rs.next()) after.add(rs.getString(1));
                assertThat(after).isEqualTo(before).anyMatch(def -> def.contains("(customer_key)"));
            }
            c.rollback();
        }
    }
}
