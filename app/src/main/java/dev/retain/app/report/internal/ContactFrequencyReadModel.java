package dev.retain.app.report.internal;

import dev.retain.app.metrics.ContactDefinition;
import dev.retain.app.report.ContactFrequency.Contacted;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contact-frequency view's counts across modules (docs/contact-frequency.md): managers' customers
 * ({@link AssignedCustomers}: assignment, with tier and join date from metrics' newest per-customer rows, segment and
 * subscriber for the rest), and their contacts: a logged contact that was not "unreachable" (retention's
 * {@code contact}) or a marketing-or-care message sent or delivered (notify's {@code outbox_message}), both through
 * {@link ContactDefinition}. One query per question; the thresholds come in as instants from the caller, who knows the
 * business zone.
 */
@Component
public class ContactFrequencyReadModel {

    /** Per tier the first day (and instant) from which a contact is within its target; null: no target. */
    private static final String TARGETS = """
            targets (tier, since_day, since_at) as (values
              ('diamond', cast(:diamondDay as date), cast(:diamondAt as timestamptz)),
              ('gold', cast(:goldDay as date), cast(:goldAt as timestamptz)),
              ('silver', cast(:silverDay as date), cast(:silverAt as timestamptz))
            )""";

    /**
     * Customers with their tier and the period's contacts, judged against their tier's target. Only the contacts from
     * {@code :window} on are read (the period's first instant or the longest target's, whichever is earlier): a customer
     * with none since then is within a target only if never contacted and joined since its first day, and only those
     * few are looked up further back. Parameters: window, from (the period's first instant), until, and per tier its
     * target's first day and instant (null: no target).
     */
    private static final String JUDGED = """
            with customers as materialized (%1$s),
            touches as (%2$s),
            last_touch as (
              select msisdn, max(at) as last_at, bool_or(at >= :from) as in_period from touches group by msisdn
            ),
            %4$s,
            judged as (
              select cu.manager_id, cu.tier, coalesce(l.in_period, false) as in_period,
                     case when t.since_day is null then null
                          when l.last_at is not null then l.last_at >= t.since_at
                          when cu.join_date < t.since_day then false
                          else not exists (select 1 from (%3$s) e where e.msisdn = cu.msisdn) end as within
              from customers cu
              left join last_touch l on l.msisdn = cu.msisdn
              left join targets t on t.tier = cu.tier
            )
            """;

    /** One manager's customers over their tier's target with their latest contact ever (a few hundred rows: every contact of theirs is read). */
    private static final String OVER = """
            with customers as materialized (%1$s),
            last_touch as (select msisdn, max(at) as last_at from (%2$s) t group by msisdn),
            %3$s
            select s.customer_key::text, s.msisdn_received, s.name, cu.tier, l.last_at, cu.join_date
            from customers cu
            join targets t on t.tier = cu.tier and t.since_day is not null
            left join last_touch l on l.msisdn = cu.msisdn
            join subscriber s on s.msisdn = cu.msisdn
            where case when l.last_at is not null then l.last_at < t.since_at else cu.join_date < t.since_day end
            order by coalesce(l.last_at, cast(cu.join_date as timestamptz)), cu.msisdn limit :limit""";

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

    public List<Counts> perManagerAndTier(YearMonth newest, Instant from, Instant until, Map<String, Since> since) {
        Instant window = since.values().stream().map(Since::at).reduce(from, (x, y) -> x.isBefore(y) ? x : y);
        Map<String, Object> p = params(from, until, since);
        p.put("window", Timestamp.from(window));
        p.put("newest", newest == null ? null : newest.toString());
        String sql = JUDGED.formatted(AssignedCustomers.relation("a.manager_id is not null"),
                ContactDefinition.touches(":window", ":until", "customers"), ContactDefinition.touches("'-infinity'", ":window", null), TARGETS) + """
                select j.manager_id, m.name, m.role, m.region, j.tier, count(*),
                       count(*) filter (where j.in_period), count(*) filter (where j.within), count(*) filter (where not j.within)
                from judged j left join manager m on m.manager_id = j.manager_id
                group by j.manager_id, m.name, m.role, m.region, j.tier
                order by j.manager_id, j.tier""";
        return jdbc.sql(sql).params(p)
                .query((rs, i) -> new Counts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
    }

    /**
     * Per manager id: their customers (assignment) and those of them contacted from {@code from} until {@code until}.
     * No tier and no target, so no customer's other rows are read: the manager assessment's contact measure.
     */
    public Map<String, Contacted> contactedPerManager(Instant from, Instant until) {
        Map<String, Contacted> out = new java.util.HashMap<>();
        jdbc.sql("""
                        select a.manager_id, count(*), count(t.msisdn)
                        from assignment a
                        left join (select distinct msisdn from (%s) x) t on t.msisdn = a.msisdn
                        where a.manager_id is not null
                        group by a.manager_id""".formatted(ContactDefinition.touches(":from", ":until", null)))
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((java.sql.ResultSet rs) -> {
                    out.put(rs.getString(1), new Contacted(rs.getLong(2), rs.getLong(3)));
                });
        return out;
    }

    /** A customer over the target: the raw values (the caller masks). */
    public record Over(String customerKey, String msisdnReceived, String name, String tier, Instant lastContact, LocalDate joinDate) {
    }

    /** One manager's customers over their tier's target, longest without contact first. */
    public List<Over> overTarget(YearMonth newest, String managerId, Instant until, Map<String, Since> since, int limit) {
        Map<String, Object> p = params(until, until, since);
        p.put("manager", managerId);
        p.put("limit", limit);
        p.put("newest", newest == null ? null : newest.toString());
        String sql = OVER.formatted(AssignedCustomers.relation("a.manager_id = :manager"),
                ContactDefinition.touches("'-infinity'", ":until", "customers"), TARGETS);
        return jdbc.sql(sql).params(p)
                .query((rs, i) -> new Over(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getObject(6, LocalDate.class)))
                .list();
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
