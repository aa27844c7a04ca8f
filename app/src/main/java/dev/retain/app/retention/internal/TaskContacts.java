package dev.retain.app.retention.internal;

import dev.retain.app.core.BusinessTime;
import dev.retain.app.retention.internal.CustomerHistory.ContactEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts a task carries: those logged against it and against the earlier months' tasks
 * it superseded (SPEC R4.2: an outcome already logged is never lost when a new month's task
 * takes over). Both tables are this module's own.
 */
@Component
public class TaskContacts {

    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskContacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first; {@code taskId} of each entry says which task of the chain it was logged against. */
    public List<ContactEntry> of(String taskId) {
        return jdbc.sql("""
                        with recursive chain(task_id) as (
                          select cast(? as text)
                          union
                          select t.task_id from task t join chain c on t.superseded_by = c.task_id)
                        select id, at, channel, outcome, decline_reason, offer, notes, follow_up_date, username, task_id
                        from contact where task_id in (select task_id from chain) order by at desc, id desc limit ?""")
                .params(taskId, LIMIT)
                .query((rs, i) -> new ContactEntry(rs.getLong(1), BusinessTime.local(rs.getTimestamp(2), clock), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10)))
                .list();
    }
}
