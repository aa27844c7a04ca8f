package dev.retain.app.admin.internal;

import dev.retain.app.admin.SettingChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables {@code setting} (the values an admin set) and {@code setting_change} (their history). */
@Component
public class SettingStore {

    private final JdbcClient jdbc;

    SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values an admin set, by key; a key without a row has its default. */
    public Map<String, String> saved() {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select key, value from setting").query(rs -> {
            values.put(rs.getString(1), rs.getString(2));
        });
        return values;
    }

    /**
     * Holds other saves off until this transaction ends, so the old values a save reads and
     * records are the ones it replaces. Readers are not blocked.
     */
    public void lockForChange() {
        jdbc.sql("lock table setting in exclusive mode").update();
    }

    public void put(String key, String oldValue, String newValue, String by) {
        jdbc.sql("""
                        insert into setting (key, value, changed_by) values (:key, :value, :by)
                        on conflict (key) do update set value = excluded.value, changed_by = excluded.changed_by, changed_at = now()""")
                .param("key", key).param("value", newValue).param("by", by).update();
        jdbc.sql("insert into setting_change (key, old_value, new_value, changed_by) values (?, ?, ?, ?)")
                .params(key, oldValue, newValue, by).update();
    }

    /** The newest changes first. */
    public List<SettingChange> history(int limit) {
        return jdbc.sql("select key, old_value, new_value, changed_by, changed_at from setting_change order by id desc limit ?")
                .param(limit)
                .query((rs, i) -> new SettingChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
