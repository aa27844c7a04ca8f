package db.migration;

import dev.retain.engine.value.Msisdn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For the migrations that move a database to canonical MSISDN keys (issue 10): which numbers
 * of a column change, decided by the engine's one rule ({@link Msisdn#canonical}, never
 * re-implemented in SQL), and the update that applies them. Each module's migration calls it
 * on its own tables only.
 */
public final class CanonicalMsisdns {

    private CanonicalMsisdns() {
    }

    /** The distinct numbers of {@code table.column} whose canonical form differs: number as stored → canonical. */
    public static Map<String, String> renames(Connection c, String table, String column) throws SQLException {
        Map<String, String> renames = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(50_000);
            try (ResultSet rs = s.executeQuery("select distinct " + column + " from " + table + " where " + column + " is not null")) {
                while (rs.next()) {
                    String stored = rs.getString(1);
                    String canonical = Msisdn.canonical(stored);
                    if (!canonical.equals(stored)) renames.put(stored, canonical);
                }
            }
        }
        return renames;
    }

    /** Rewrites {@code table.column} by {@code renames} in one statement (through a temporary table of the pairs). */
    public static void apply(Connection c, Map<String, String> renames, String table, String column) throws SQLException {
        if (renames.isEmpty()) return;
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table msisdn_rename (stored text primary key, canonical text not null)");
        }
        try (PreparedStatement insert = c.prepareStatement("insert into msisdn_rename (stored, canonical) values (?, ?)")) {
            int batch = 0;
            for (Map.Entry<String, String> r : renames.entrySet()) {
                insert.setString(1, r.getKey());
                insert.setString(2, r.getValue());
                insert.addBatch();
                if (++batch % 10_000 == 0) insert.executeBatch();
            }
            insert.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update " + table + " t set " + column + " = r.canonical from msisdn_rename r where t." + column + " = r.stored");
            s.execute("drop table msisdn_rename");
        }
    }

    /** Both together, for a column nothing else depends on. */
    public static Map<String, String> rewrite(Connection c, String table, String column) throws SQLException {
        Map<String, String> renames = renames(c, table, column);
        apply(c, renames, table, column);
        return renames;
    }
}
