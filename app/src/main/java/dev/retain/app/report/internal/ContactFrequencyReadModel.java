package dev.retain.app.report.internal;

import dev.retain.app.metrics.ContactDefinition;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contact-frequency view's counts across modules (docs/contact-frequency.md): managers'
 * customers (assignment ⨝ subscriber, manager: customer; the tier of the newest segment row:
 * segment), and their contacts: a logged contact that was not "unreachable" (retention's
 * {@code contact}) or a marketing-or-care message sent or delivered (notify's
 * {@code outbox_message}). One query per question; the thresholds come in as instants from the
 * caller, who knows the business zone.
 */
@Component
public class ContactFrequencyReadModel {

    /**
     * Customers with their tier, and the latest touch before {@code until}. The newest segment row is the newest
     * month's when the customer is in it (one hash join, docs/performance.md); only the others look further back.
     * Parameters: until, from (the period's first instant), and per tier its target's first instant (null: no target).
     */
    private static final String CUSTOMERS = """
            with customers as (
              select a.manager_id, a.msisdn, coalesce(n.tier, g.tier, s.tier, 'none') as tier, s.join_date, s.customer_key,
                     s.msisdn_received, s.name
              from assignment a
              join subscriber s on s.msisdn = a.msisdn
              left join segment n on n.month = (select max(month) from segment) and n.msisdn = a.msisdn
              left join lateral (select x.tier from segment x where n.msisdn is null and x.msisdn = a.msisdn
                                 order by x.month desc limit 1) g on true
              where a.manager_id is not null %1$s
            ),
            touches as (%2$s),
            last_touch as (
              select msisdn, max(at) as last_at, bool_or(at >= :from) as in_period from touches group by msisdn
            ),
            targets (tier, since_day, since_at) as (values
              ('diamond', cast(:diamondDay as date), cast(:diamondAt as timestamptz)),
              ('gold', cast(:goldDay as date), cast(:goldAt as timestamptz)),
              ('silver', cast(:silverDay as date), cast(:silverAt as timestamptz))
            ),
            judged as (
              select cu.*, l.last_at, coalesce(l.in_period, false) as in_period, t.since_day,
                     case when t.since_day is null then null
                          when l.last_at is not null then l.last_at >= t.since_at
                          else cu.join_date >= t.since_day end as within
              from customers cu
              left join last_touch l on l.msisdn = cu.msisdn
              left join targets t on t.tier = cu.tier
            )
            """;

    /** The contacts are metrics' {@link ContactDefinition}: the service-frequency metric counts the same ones. */
    private static final String TOUCHES = ContactDefinition.touches("'-infinity'", ":until", "customers");

    private final JdbcClient jdbc;

    ContactFrequencyReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first day (and its first instant in the business zone) from which a contact is within a tier's target. */
    public record Since(LocalDate day, Instant at) {
    }

    /** One manager's customers of one tier. */
    public record Counts(String managerId, String name, String role, String region, String tier, long customers,
                         long contactedInPeriod, long withinTarget, long overTarget) {
    }

    public List<Counts> perManagerAndTier(Instant from, Instant until, Map<String, Since> since) {
        return jdbc.sql(customers("") + """
                        select j.manager_id, m.name, m.role, m.region, j.tier, count(*),
                               count(*) filter (where j.in_period), count(*) filter (where j.within), count(*) filter (where not j.within)
                        from judged j left join manager m on m.manager_id = j.manager_id
                        group by j.manager_id, m.name, m.role, m.region, j.tier
                        order by j.manager_id, j.tier""")
                .params(params(from, until, since))
                .query((rs, i) -> new Counts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
    }

    /** A customer over the target: the raw values (the caller masks). */
    public record Over(String customerKey, String msisdnReceived, String name, String tier, Instant lastContact, LocalDate joinDate) {
    }

    /** One manager's customers over their tier's target, longest without contact first. */
    public List<Over> overTarget(String managerId, Instant until, Map<String, Since> since, int limit) {
        Map<String, Object> p = params(until, until, since);
        p.put("manager", managerId);
        p.put("limit", limit);
        return jdbc.sql(customers("and a.manager_id = :manager") + """
                        select j.customer_key::text, j.msisdn_received, j.name, j.tier, j.last_at, j.join_date
                        from judged j where not j.within
                        order by coalesce(j.last_at, cast(j.join_date as timestamptz)), j.msisdn limit :limit""")
                .params(p)
                .query((rs, i) -> new Over(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getObject(6, LocalDate.class)))
                .list();
    }

    private static String customers(String filter) {
        return CUSTOMERS.formatted(filter, TOUCHES);
    }

    private static Map<String, Object> params(Instant from, Instant until, Map<String, Since> since) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("from", Timestamp.from(from));
        p.put("until", Timestamp.from(until));
        for (String tier : List.of("diamond", "gold", "silver")) {
            Since s = since.get(tier);
            p.put(tier + "Day", s == null ? null : s.day());
            p.put(tier + "At", s == null ? null : Timestamp.from(s.at()));
        }
        return p;
    }
}
