package dev.retain.app.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

/**
 * A stand-in for {@code retain import} in the middle of its work, run in a child JVM that the
 * test kills with SIGKILL: it starts the embedded database in the given folder, says so once
 * its first rows are committed, and goes on writing until it is killed.
 */
public final class DatabaseHolder {

    private DatabaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), false, Duration.ofMinutes(5));
        try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
            try (Statement s = c.createStatement()) {
                s.execute("create table if not exists probe (id bigserial primary key, note text not null)");
                s.execute("set synchronous_commit = on");
                s.execute("insert into probe (note) select 'committed before the kill' from generate_series(1, 1000)");
            }
            System.out.println("ready");
            System.out.flush();
            try (PreparedStatement insert = c.prepareStatement("insert into probe (note) select 'busy' from generate_series(1, 500)")) {
                while (true) insert.execute();
            }
        }
    }
}
