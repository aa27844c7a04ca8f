package dev.retain.app.customer.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The first load of a big table: drop its indexes, insert, build them again. Building an
 * index once over millions of rows is much cheaper than maintaining it row by row
 * (PostgreSQL manual, "Populating a Database"). The definitions are read from the catalog,
 * so indexes added by later migrations come back too. Runs inside the import's
 * transaction: if anything fails (a repeated key when the primary key is rebuilt, a
 * foreign key that depends on it) the caller rolls back to its savepoint and the indexes
 * are as they were.
 */
final class EmptyTableLoad {

    private EmptyTableLoad() {
    }

    static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select not exists (select 1 from " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    static void load(Connection c, String table, String insert) throws SQLException {
        List<String> rebuild = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        // constraints own their indexes: drop and re-add them as constraints
        try (PreparedStatement ps = c.prepareStatement("""
                select conname, pg_get_constraintdef(oid) from pg_constraint
                where conrelid = ?::regclass and contype in ('p', 'u') order by contype""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drop.add("alter table " + table + " drop constraint " + quote(rs.getString(1)));
                    rebuild.add("alter table " + table + " add constraint " + quote(rs.getString(1)) + " " + rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select i.relname, pg_get_indexdef(i.oid) from pg_index x join pg_class i on i.oid = x.indexrelid
                where x.indrelid = ?::regclass
                  and not exists (select 1 from pg_constraint k where k.conindid = i.oid and k.conrelid = x.indrelid)""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drop.add("drop index " + quote(rs.getString(1)));
                    rebuild.add(rs.getString(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String sql : drop) s.execute(sql);
            s.execute(insert);
            for (String sql : rebuild) s.execute(sql);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
