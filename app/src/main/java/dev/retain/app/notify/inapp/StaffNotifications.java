package dev.retain.app.notify.inapp;

import dev.retain.app.core.BusinessTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notifications of each member of staff: stored by the in-app sender, listed, counted and marked read by their owner only. */
@Component
public class StaffNotifications {

    /** One notification as its owner sees it; {@code at} in the business zone. */
    public record Notification(long id, String subject, String body, LocalDateTime at, boolean read) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffNotifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the notification of an outbox message once; a repeated store of the same message returns the first one's id. */
    long store(long messageId, String username, String subject, String body) {
        Long id = jdbc.sql("""
                        insert into staff_notification (message_id, username, subject, body, created_at) values (?, ?, ?, ?, ?)
                        on conflict (message_id) do nothing returning id""")
                .params(messageId, username, subject, body, Timestamp.from(clock.instant())).query(Long.class).optional().orElse(null);
        if (id != null) return id;
        return jdbc.sql("select id from staff_notification where message_id = ?").param(messageId).query(Long.class).single();
    }

    public long unreadCount(String username) {
        return jdbc.sql("select count(*) from staff_notification where username = ? and read_at is null").param(username)
                .query(Long.class).single();
    }

    /** Newest first; ask one more than a page to know whether another follows. */
    public List<Notification> of(String username, int offset, int limit) {
        return jdbc.sql("""
                        select id, subject, body, created_at, read_at is not null from staff_notification
                        where username = ? order by id desc offset ? limit ?""")
                .params(username, offset, limit)
                .query((rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
                        BusinessTime.local(rs.getTimestamp(4), clock), rs.getBoolean(5)))
                .list();
    }

    /** False when the notification is not this user's (or does not exist). */
    public boolean markRead(String username, long id) {
        int mine = jdbc.sql("select count(*) from staff_notification where id = ? and username = ?").params(id, username)
                .query(Integer.class).single();
        if (mine == 0) return false;
        jdbc.sql("update staff_notification set read_at = ? where id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id).update();
        return true;
    }

    public int markAllRead(String username) {
        return jdbc.sql("update staff_notification set read_at = ? where username = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), username).update();
    }
}
