package dev.retain.app.retention;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention code that breaks table ownership on purpose, run only by the ownership guard's
 * own tests (dev.retain.app.ownership.OwnershipGuardTests) to prove that the guard refuses it.
 */
public final class PlantedRetentionSql {

    private PlantedRetentionSql() {
    }

    /** customer_note belongs to the customer module. The table name is assembled at run time. */
    public static int writeAnotherModulesTable(JdbcClient jdbc) {
        String table = String.join("_", "customer", "note");
        return jdbc.sql("insert into " + table + " (msisdn, note, author) values (?, ?, ?)")
                .params("19999999999", "planted", "planted").update();
    }

    /** manager belongs to the customer module; COPY goes around JdbcClient. */
    public static long copyIntoAnotherModulesTable(DataSource dataSource) throws SQLException, java.io.IOException {
        try (Connection c = dataSource.getConnection()) {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY manager (manager_id, name, role, region) FROM STDIN", new java.io.StringReader(""));
        }
    }

    /** subscriber belongs to the customer module, and this class is no …ReadModel. */
    public static long readAnotherModulesTable(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from subscriber").query(Long.class).single();
    }

    /** A row lock is a read: outside a …ReadModel it is refused too. */
    public static long lockAnotherModulesRow(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from (select 1 from manager where manager_id = 'planted' for update) m")
                .query(Long.class).single();
    }

    /** task is retention's own table. */
    public static int writeOwnTable(JdbcClient jdbc) {
        return jdbc.sql("update task set updated_at = updated_at where task_id = 'planted-none'").update();
    }

    /** A scratch table of retention's own, written by retention. */
    public static int createAndFillScratch(JdbcClient jdbc, String table) {
        jdbc.sql("create temp table " + table + " (x int)").update();
        return jdbc.sql("insert into " + table + " (x) values (1)").update();
    }

    public static long readUnknownTable(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from planted_no_such_table").query(Long.class).single();
    }
}
