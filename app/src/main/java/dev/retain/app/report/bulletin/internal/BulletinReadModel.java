package dev.retain.app.report.bulletin.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report's monthly aggregates across modules, one grouped query per section and month (never a list of
 * customers): tasks (retention), survey answers (survey), complaints and their work orders' time limits (complaint,
 * workorder), campaigns (campaign), redemptions (merchant), inspection findings (inspection). Zones, retention,
 * contact coverage and the closed loop are read from their owners' aggregates instead (segment, metrics, outcome). A month's instants are the business
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

    /** The newest cycle months whose cycle succeeded, newest first (the schedule reports on them). */
    public List<YearMonth> succeededCycleMonths(int limit) {
        return jdbc.sql("select distinct month from cycle_run where status = 'succeeded' order by month desc limit ?").param(limit)
                .query((rs, i) -> YearMonth.parse(rs.getString(1).trim())).list();
    }
}
