package dev.retain.app.care.internal;

import dev.retain.engine.care.CarePlaybook;
import dev.retain.engine.care.PlaybookRow;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admin's playbook rows ({@code care_playbook_row}) and every saved version; no rows means the engine's defaults. */
@Component
public class PlaybookStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PlaybookStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PlaybookRow> rows() {
        return jdbc.sql("select moment, tier, action, template, task_kind from care_playbook_row order by moment, tier")
                .query((rs, i) -> new PlaybookRow(rs.getString(1), rs.getString(2), rs.getString(3), blank(rs.getString(4)),
                        blank(rs.getString(5))))
                .list();
    }

    /** Replaces the rows whole and keeps the version; returns the version's number. */
    public long replace(List<PlaybookRow> rows, String by) {
        jdbc.sql("delete from care_playbook_row").update();
        for (PlaybookRow r : rows) {
            jdbc.sql("insert into care_playbook_row (moment, tier, action, template, task_kind) values (?, ?, ?, ?, ?)")
                    .params(r.moment(), r.tier(), r.action(), nullIfBlank(r.template()), nullIfBlank(r.taskKind())).update();
        }
        return jdbc.sql("insert into care_playbook_version (csv, saved_at, saved_by) values (?, ?, ?) returning version")
                .params(csv(rows), Timestamp.from(Instant.now(clock)), by).query(Long.class).single();
    }

    static String csv(List<PlaybookRow> rows) {
        StringBuilder out = new StringBuilder(String.join(",", CarePlaybook.HEADER)).append('\n');
        for (PlaybookRow r : rows) {
            out.append(String.join(",", r.moment(), r.tier(), r.action(), blank(r.template()), blank(r.taskKind()))).append('\n');
        }
        return out.toString();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
