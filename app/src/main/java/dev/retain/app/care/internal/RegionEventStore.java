package dev.retain.app.care.internal;

import dev.retain.engine.care.RegionEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Region-wide events supervisors started ({@code care_region_event}) and what the care run made of each. */
@Component
public class RegionEventStore {

    /** One event with what it produced so far: moments, messages queued, tasks opened. */
    public record EventRow(long id, String region, LocalDate startsOn, LocalDate endsOn, String name, LocalDate announcedOn,
                           LocalDateTime createdAt, String createdBy, int moments, int messages, int tasks) {

        public String engineId() {
            return RegionEventStore.engineId(id);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RegionEventStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String engineId(long id) {
        return "e" + id;
    }

    public long create(String region, LocalDate startsOn, LocalDate endsOn, String name, LocalDate announcedOn, String by) {
        return jdbc.sql("""
                        insert into care_region_event (region, starts_on, ends_on, name, announced_on, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(region, startsOn, endsOn, name, announcedOn, Timestamp.from(Instant.now(clock)), by)
                .query(Long.class).single();
    }

    /** The events that may still be prepared by a run whose first prepared day is {@code from}: not ended before it. */
    public List<RegionEvent> notEndedBefore(LocalDate from) {
        return jdbc.sql("select id, region, starts_on, ends_on, name, announced_on from care_region_event where ends_on >= ? order by id")
                .param(from)
                .query((rs, i) -> new RegionEvent(engineId(rs.getLong("id")), rs.getString("region"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("name"), rs.getObject("announced_on", LocalDate.class)))
                .list();
    }

    public List<EventRow> recent(int limit) {
        return jdbc.sql("""
                        select e.id, e.region, e.starts_on, e.ends_on, e.name, e.announced_on, e.created_at, e.created_by,
                               count(m.msisdn) as moments, count(m.message_id) as messages, count(m.task_id) as tasks
                        from care_region_event e
                        left join care_moment m on m.moment_id = 'region-event:e' || e.id
                        group by e.id order by e.id desc limit ?""")
                .param(limit)
                .query((rs, i) -> new EventRow(rs.getLong("id"), rs.getString("region"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("name"), rs.getObject("announced_on", LocalDate.class),
                        dev.retain.app.core.BusinessTime.local(rs.getTimestamp("created_at"), clock), rs.getString("created_by"),
                        rs.getInt("moments"), rs.getInt("messages"), rs.getInt("tasks")))
                .list();
    }
}
