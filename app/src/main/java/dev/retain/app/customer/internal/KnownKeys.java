package dev.retain.app.customer.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys a reference may point to: those already in the database plus those of the file
 * being imported. One map entry a key: FALSE = in the database only, TRUE = seen in the
 * file (a second sighting in the file is a duplicate row).
 */
final class KnownKeys {

    private final Map<String, Boolean> keys;

    private KnownKeys(int expected) {
        this.keys = new HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    static KnownKeys fromDatabase(Connection c, String table, String column) throws SQLException {
        long count;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            count = rs.getLong(1);
        }
        KnownKeys known = new KnownKeys((int) Math.min(Integer.MAX_VALUE / 2, count + 1024));
        try (Statement s = c.createStatement()) {
            s.setFetchSize(50_000); // streamed: a province has millions of subscribers
            try (ResultSet rs = s.executeQuery("select " + column + " from " + table)) {
                while (rs.next()) known.keys.put(rs.getString(1), Boolean.FALSE);
            }
        }
        return known;
    }

    boolean contains(String key) {
        return keys.containsKey(key);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** Records a key read from the file; false when the file already had it. */
    boolean addFromFile(String key) {
        return keys.put(key, Boolean.TRUE) != Boolean.TRUE;
    }
}
