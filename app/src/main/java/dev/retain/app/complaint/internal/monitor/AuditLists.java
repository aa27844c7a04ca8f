package dev.retain.app.complaint.internal.monitor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic audit lists of the monitor step (004's "投诉工单周期性核查"): for a week or a month,
 * the complaints that
 * <ul>
 * <li>{@code overdue_closure}: were closed in the period after their work order's time limit;
 * <li>{@code closed_without_contact}: were closed in the period while the closing callback did not
 *     reach the customer, and no quality callback reached them either;
 * <li>{@code repeat_reopened}: were received in the period as a repeat of a problem the same customer
 *     had complained about before and that was closed (a closed problem came back);
 * <li>{@code low_score}: were closed in the period with a satisfaction of 1 or 2 (closing or quality callback).
 * </ul>
 * Generating a period again replaces its entries (the list row is kept), so a re-run never duplicates.
 * The work order's columns are read in {@link AuditWorkOrdersReadModel}'s SQL.
 */
@Component
public class AuditLists {

    /** Scores at or below this are "low". */
    static final int LOW_SCORE = 2;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLists(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Generates (or regenerates) the list of {@code period}; returns its id. */
    @Transactional
    public long generate(AuditPeriod period, String by) {
        Instant now = Instant.now(clock);
        long id = jdbc.sql("""
                insert into complaint_audit_list (period, starts_on, ends_on, generated_at, generated_by) values (?, ?, ?, ?, ?)
                on conflict (period, starts_on) do update set generated_at = excluded.generated_at, generated_by = excluded.generated_by
                returning id""").params(period.kind(), period.startsOn(), period.endsOn(), Timestamp.from(now), by)
                .query(Long.class).single();
        jdbc.sql("delete from complaint_audit_entry where list_id = ?").param(id).update();
        Timestamp start = Timestamp.from(period.startsOn().atStartOfDay(clock.getZone()).toInstant());
        Timestamp end = Timestamp.from(period.endsOn().atStartOfDay(clock.getZone()).toInstant());
        AuditWorkOrdersReadModel.insertOverdueClosures(jdbc, id, start, end);
        AuditWorkOrdersReadModel.insertClosedWithoutContact(jdbc, id, start, end);
        jdbc.sql("""
                insert into complaint_audit_entry (list_id, kind, complaint_id, detail)
                select ?, 'repeat_reopened', c.id, 'repeat ' || c.repeat_count || ' after ' || min(p.id)
                from complaint c
                join complaint p on p.msisdn = c.msisdn and p.category = c.category and p.id <> c.id
                                and p.received_at < c.received_at and p.state = 'closed' and p.closed_at <= c.received_at
                where c.repeat_count > 0 and c.received_at >= ? and c.received_at < ?
                group by c.id, c.repeat_count""").params(id, start, end).update();
        jdbc.sql("""
                insert into complaint_audit_entry (list_id, kind, complaint_id, detail)
                select ?, 'low_score', c.id, 'satisfaction ' || least(coalesce(q.satisfaction, 5), coalesce(c.satisfaction, 5))
                from complaint c
                left join complaint_quality_callback q on q.complaint_id = c.id and q.outcome = 'reached'
                where c.state = 'closed' and c.closed_at >= ? and c.closed_at < ?
                  and least(coalesce(q.satisfaction, 5), coalesce(c.satisfaction, 5)) <= ?""")
                .params(id, start, end, LOW_SCORE).update();
        return id;
    }

    /** Generates the last complete period of {@code kind} unless it exists (the job: idempotent, also after a missed day). */
    @Transactional
    public Optional<Long> generateLastCompleteIfMissing(String kind, String by) {
        AuditPeriod period = AuditPeriod.lastComplete(kind, clock.instant().atZone(clock.getZone()).toLocalDate());
        boolean exists = jdbc.sql("select count(*) from complaint_audit_list where period = ? and starts_on = ?")
                .params(period.kind(), period.startsOn()).query(Long.class).single() > 0;
        return exists ? Optional.empty() : Optional.of(generate(period, by));
    }
}
