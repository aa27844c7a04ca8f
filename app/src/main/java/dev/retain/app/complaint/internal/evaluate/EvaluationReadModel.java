package dev.retain.app.complaint.internal.evaluate;

import dev.retain.engine.complaint.evaluate.HandledComplaint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation's input: complaint and complaint_quality_callback (own) ⨝ subscriber (customer) for the
 * tier and branch, the newest segment row's tier (segment) when the export has none, and work_order
 * (workorder) for the time limit and the closure. The satisfaction is the quality callback's score when
 * the customer was reached, else the score of the work order's closing callback.
 */
@Component
public class EvaluationReadModel {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvaluationReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Complaints received on days {@code from} (inclusive) to {@code to} (exclusive), of one branch when {@code branch} is set. */
    public List<HandledComplaint> received(LocalDate from, LocalDate to, String branch) {
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.atStartOfDay(clock.getZone()).toInstant();
        return jdbc.sql("""
                select c.id, coalesce(c.branch, s.branch, '') as branch, c.received_at,
                       coalesce(s.tier, (select g.tier from segment g where g.msisdn = c.msisdn order by g.month desc limit 1)) as tier,
                       c.repeat_count, coalesce(q.satisfaction, c.satisfaction) as satisfaction, w.due_at,
                       coalesce(w.closed_at, c.closed_at) as closed_at
                from complaint c
                left join subscriber s on s.msisdn = c.msisdn
                left join complaint_quality_callback q on q.complaint_id = c.id and q.outcome = 'reached'
                left join work_order w on w.id = c.work_order_id
                where c.received_at >= ? and c.received_at < ?
                  and (cast(? as text) is null or coalesce(c.branch, s.branch, '') = ?)
                order by c.id""")
                .params(Timestamp.from(start), Timestamp.from(end), branch, branch)
                .query((rs, i) -> new HandledComplaint(rs.getLong("id"), rs.getString("branch"),
                        LocalDate.ofInstant(rs.getTimestamp("received_at").toInstant(), clock.getZone()),
                        vip(rs.getString("tier")), rs.getInt("repeat_count") > 0, rs.getObject("satisfaction", Integer.class),
                        instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("closed_at"))))
                .list();
    }

    /** A branch with its region (the display name of a branch is looked up under its region). */
    public record Branch(String region, String branch) {
    }

    /** The branches that have complaints, for the filter. */
    public List<Branch> branches() {
        return jdbc.sql("""
                select distinct coalesce(c.region, s.region, '') as r, coalesce(c.branch, s.branch) as b
                from complaint c left join subscriber s on s.msisdn = c.msisdn
                where coalesce(c.branch, s.branch) is not null order by b, r""")
                .query((rs, i) -> new Branch(rs.getString("r"), rs.getString("b"))).list();
    }

    /** 003's VIP: diamond and gold card holders. */
    static boolean vip(String tier) {
        return "diamond".equals(tier) || "gold".equals(tier);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
