package dev.retain.app.report.bulletin.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The report's monthly aggregates across modules, one grouped query per section and month (never a list of
 * customers): zones and movements (segment), tasks (retention), survey answers (survey), complaints and their work
 * orders' time limits (complaint, workorder), campaigns (campaign), redemptions (merchant), inspection findings
 * (inspection); contact coverage reads the metrics aggregates instead. A month's instants are the business
 * zone's (the clock's): from the first day's midnight to the next month's.
 */
@Component
public class BulletinReadModel {

    private final JdbcClient jdbc;
    private final Clock clock;

    BulletinReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private Timestamp start(YearMonth m) {
        return Timestamp.from(m.atDay(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private Timestamp end(YearMonth m) {
        return start(m.plusMonths(1));
    }

    /**
     * Subscribers in each zone in a cycle month (zones as the segment module names them; "none": outside the
     * programme). A report asks for a month's counts more than once (its figures, its chart, the next month's
     * comparison): within one transaction (a report's build) they are counted once.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> zoneCounts(YearMonth month) {
        Map<YearMonth, Map<String, Long>> memo = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            memo = (Map<YearMonth, Map<String, Long>>) TransactionSynchronizationManager.getResource(ZONE_COUNTS);
            if (memo == null) {
                Map<YearMonth, Map<String, Long>> fresh = new HashMap<>();
                TransactionSynchronizationManager.bindResource(ZONE_COUNTS, fresh);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(ZONE_COUNTS);
                    }
                });
                memo = fresh;
            }
            Map<String, Long> known = memo.get(month);
            if (known != null) return known;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select zone, count(*) from segment where month = ? group by zone").param(month.toString())
                .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        if (memo != null) memo.put(month, counts);
        return counts;
    }

    /** The key of the zone counts kept for the current transaction. */
    private static final Object ZONE_COUNTS = new Object();

    /** From a zone in {@code from} to a zone in {@code to} ("gone": no segment row in {@code to}); programme zones only on the left. */
    public record Movement(String fromZone, String toZone, long customers) {
    }

    public List<Movement> movements(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select s0.zone, coalesce(s1.zone, 'gone'), count(*)
                        from segment s0 left join segment s1 on s1.month = :to and s1.msisdn = s0.msisdn
                        where s0.month = :from and s0.zone <> 'none'
                        group by 1, 2""")
                .param("from", from.toString()).param("to", to.toString())
                .query((rs, i) -> new Movement(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /**
     * Retention into {@code month}: the programme's customers of the month before (a zone other than none and white)
     * and those of them still active in {@code month} (a segment row, neither white nor left: the closed loop's
     * definition), in all and for the high-value tiers (diamond, gold). Null when {@code month} has no segments yet.
     */
    public record Retention(long base, long retained, long highValueBase, long highValueRetained) {
    }

    public Retention retention(YearMonth month) {
        boolean cycled = jdbc.sql("select exists (select 1 from segment where month = ?)").param(month.toString()).query(Boolean.class).single();
        if (!cycled) return null;
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where s1.msisdn is not null and s1.zone <> 'white' and s1.rule <> 'none_left'),
                               count(*) filter (where s0.tier in ('diamond', 'gold')),
                               count(*) filter (where s0.tier in ('diamond', 'gold') and s1.msisdn is not null and s1.zone <> 'white' and s1.rule <> 'none_left')
                        from segment s0 left join segment s1 on s1.month = :month and s1.msisdn = s0.msisdn
                        where s0.month = :before and s0.zone not in ('none', 'white')""")
                .param("month", month.toString()).param("before", month.minusMonths(1).toString())
                .query((rs, i) -> new Retention(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /** A work month's tasks: all, done, cancelled, done by their due date, and overdue (open past the due date, or done after it). */
    public record Tasks(long tasks, long done, long cancelled, long doneOnTime, long overdue) {
    }

    public Tasks tasks(YearMonth month, LocalDate today) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where status = 'done'), count(*) filter (where status = 'cancelled'),
                               count(*) filter (where status = 'done' and closed_at < cast(due_date + 1 as timestamp) at time zone :zone),
                               count(*) filter (where (status = 'open' and due_date < :today)
                                                   or (status = 'done' and closed_at >= cast(due_date + 1 as timestamp) at time zone :zone))
                        from task where month = :month""")
                .param("month", month.toString()).param("today", today).param("zone", clock.getZone().getId())
                .query((rs, i) -> new Tasks(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).single();
    }

    /**
     * Survey answers of a month: responses, promoters (9–10) and detractors (0–6) for the NPS, those who know their
     * manager, and the six dimensions' perception and expectation summed over the answers, with the answer count.
     */
    public record Surveys(long responses, long promoters, long detractors, long knowsManager, long dimensionAnswers,
                          double perceptionSum, double expectationSum) {
    }

    public Surveys surveys(YearMonth month) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where r.nps >= 9), count(*) filter (where r.nps <= 6),
                               count(*) filter (where r.knows_manager),
                               coalesce(sum(a.answers), 0), coalesce(sum(a.perception), 0), coalesce(sum(a.expectation), 0)
                        from survey_response r
                        left join lateral (select count(*) as answers, sum(x.perception) as perception, sum(x.expectation) as expectation
                                           from survey_answer x where x.response_id = r.id) a on true
                        where r.answered_at >= :from and r.answered_at < :until""")
                .param("from", start(month)).param("until", end(month))
                .query((rs, i) -> new Surveys(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getDouble(6), rs.getDouble(7))).single();
    }

    /**
     * Complaints of a month: received, closed, of the closed those whose work order had a time limit and those closed
     * within it, the closing callbacks' satisfaction (1–5) summed with their count, and repeat complaints received.
     */
    public record Complaints(long received, long closed, long closedWithLimit, long closedInTime, long scored, long scoreSum,
                             long repeats) {
    }

    public Complaints complaints(YearMonth month) {
        return jdbc.sql("""
                        select count(*) filter (where c.received_at >= :from and c.received_at < :until),
                               count(*) filter (where c.closed_at >= :from and c.closed_at < :until),
                               count(*) filter (where c.closed_at >= :from and c.closed_at < :until and w.due_at is not null),
                               count(*) filter (where c.closed_at >= :from and c.closed_at < :until and w.due_at is not null and c.closed_at <= w.due_at),
                               count(*) filter (where c.closed_at >= :from and c.closed_at < :until and c.satisfaction is not null),
                               coalesce(sum(c.satisfaction) filter (where c.closed_at >= :from and c.closed_at < :until), 0),
                               count(*) filter (where c.received_at >= :from and c.received_at < :until and c.repeat_count > 0)
                        from complaint c left join work_order w on w.id = c.work_order_id
                        where (c.received_at >= :from and c.received_at < :until) or (c.closed_at >= :from and c.closed_at < :until)""")
                .param("from", start(month)).param("until", end(month))
                .query((rs, i) -> new Complaints(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7))).single();
    }

    /**
     * One campaign's month: members added by its runs in the month (treated, holdout), and conversions recorded in the
     * month by group. Only campaigns with a run or a conversion in the months.
     */
    public record CampaignMonth(long campaignId, String name, String channel, long treated, long holdout,
                                long treatedConverted, long holdoutConverted) {
    }

    public List<CampaignMonth> campaigns(YearMonth first, YearMonth last) {
        return jdbc.sql("""
                        with added as (
                          select m.campaign_id, count(*) filter (where m.grp = 'treated') as treated, count(*) filter (where m.grp = 'holdout') as holdout
                          from campaign_member m where m.added_at >= :from and m.added_at < :until group by m.campaign_id
                        ),
                        converted as (
                          select r.campaign_id, count(distinct r.msisdn) filter (where m.grp = 'treated') as treated,
                                 count(distinct r.msisdn) filter (where m.grp = 'holdout') as holdout
                          from campaign_response r join campaign_member m on m.campaign_id = r.campaign_id and m.msisdn = r.msisdn
                          where r.kind = 'conversion' and r.at >= :from and r.at < :until group by r.campaign_id
                        )
                        select c.id, c.name, c.channel, coalesce(a.treated, 0), coalesce(a.holdout, 0), coalesce(v.treated, 0), coalesce(v.holdout, 0)
                        from campaign c left join added a on a.campaign_id = c.id left join converted v on v.campaign_id = c.id
                        where a.campaign_id is not null or v.campaign_id is not null
                        order by c.id""")
                .param("from", start(first)).param("until", end(last))
                .query((rs, i) -> new CampaignMonth(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7))).list();
    }

    /** A merchant's redemptions (not reversed) in the months: count, points, retail value in fen, customers. */
    public record MerchantActivity(long merchantId, String name, String club, long redemptions, long points, long valueFen, long customers) {
    }

    public List<MerchantActivity> merchants(YearMonth first, YearMonth last) {
        return jdbc.sql("""
                        select m.id, m.name, m.club, count(*), sum(r.points), sum(r.value_fen), count(distinct r.msisdn)
                        from merchant_redemption r join merchant m on m.id = r.merchant_id
                        where r.at >= :from and r.at < :until and r.reversed_at is null
                        group by m.id, m.name, m.club order by 4 desc, m.id""")
                .param("from", start(first)).param("until", end(last))
                .query((rs, i) -> new MerchantActivity(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7))).list();
    }

    /** Inspection findings recorded for a month (by the day found): their count and how many found each thing right. */
    public record Inspections(long findings, long profileCorrect, long knowsManager, long serviceReceived) {
    }

    public Inspections inspections(YearMonth month) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where profile_correct), count(*) filter (where knows_manager),
                               count(*) filter (where service_received)
                        from inspection_finding where found_on >= :from and found_on < :until""")
                .param("from", month.atDay(1)).param("until", month.plusMonths(1).atDay(1))
                .query((rs, i) -> new Inspections(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /**
     * The closed loop (SPEC R4.5) of the tasks of a work month, judged in the month after: tasks, those whose customer
     * is still active then and those in a better zone (the outcome module's definitions). Null while the month after
     * has no segments (pending, never lost).
     */
    public record Loop(long tasks, long active, long better) {
    }

    public Loop closedLoop(YearMonth workMonth) {
        YearMonth after = workMonth.plusMonths(1);
        boolean cycled = jdbc.sql("select exists (select 1 from segment where month = ?)").param(after.toString()).query(Boolean.class).single();
        if (!cycled) return null;
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where s1.msisdn is not null and s1.zone <> 'white' and s1.rule <> 'none_left'),
                               count(*) filter (where s1.msisdn is not null and s1.zone <> 'white' and s1.rule <> 'none_left'
                                                and %1$s <= 5 and %2$s < %1$s)
                        from task t
                        left join segment s0 on s0.month = t.month and s0.msisdn = t.msisdn
                        left join segment s1 on s1.month = :after and s1.msisdn = t.msisdn
                        where t.month = :month and t.status <> 'cancelled'""".formatted(rank("s0.zone"), rank("s1.zone")))
                .param("month", workMonth.toString()).param("after", after.toString())
                .query((rs, i) -> new Loop(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    private static String rank(String column) {
        return "(case " + column + " when 'blue' then 1 when 'green' then 2 when 'yellow' then 3 when 'red' then 4 when 'white' then 5 else 6 end)";
    }

    /** The newest cycle months whose cycle succeeded, newest first (the schedule reports on them). */
    public List<YearMonth> succeededCycleMonths(int limit) {
        return jdbc.sql("select distinct month from cycle_run where status = 'succeeded' order by month desc limit ?").param(limit)
                .query((rs, i) -> YearMonth.parse(rs.getString(1).trim())).list();
    }
}
