package dev.retain.app.retention;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A cross-module read in a class named …ReadModel: allowed. Run only by the ownership guard's tests. */
public final class PlantedReadModel {

    private PlantedReadModel() {
    }

    public static long subscribers(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from subscriber s join assignment a on a.msisdn = s.msisdn").query(Long.class).single();
    }

    /** Reading is all a …ReadModel may do with another module's table. */
    public static int writeAnotherModulesTable(JdbcClient jdbc) {
        return jdbc.sql("delete from segment where month = '1900-01'").update();
    }
}
