package dev.retain.app.segment;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Segment code writing a scratch table that another module created. Run only by the ownership guard's tests. */
public final class PlantedSegmentSql {

    private PlantedSegmentSql() {
    }

    public static int writeScratchOfAnotherModule(JdbcClient jdbc, String table) {
        return jdbc.sql("insert into " + table + " (x) values (2)").update();
    }
}
