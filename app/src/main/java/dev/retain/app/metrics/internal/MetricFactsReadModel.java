package dev.retain.app.metrics.internal;

import dev.retain.app.metrics.ContactDefinition;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a month's {@code metric_customer} rows (metrics' own table) from the owners' tables in one statement:
 * subscriber, manager (customer); segment of the month and the month before (segment); assignment (assignment); task,
 * contact (retention); outbox_message (notify, through {@link ContactDefinition}); survey_response, survey_answer,
 * survey_template (survey); complaint (complaint) ⨝ work_order (workorder); campaign_member, campaign_response
 * (campaign); merchant_redemption (merchant). The customers: the month's programme, last month's, everyone with a
 * manager now, and whoever answered a survey, had a task, a closed complaint, a campaign membership or a redemption in
 * the month. docs/metrics.md has the definitions in words.
 */
@Component
public class MetricFactsReadModel {

    private static final String RANK_NOW = rank("s.zone");
    private static final String RANK_BEFORE = rank("p.zone");
    private static final String ACTIVE_NOW = "(s.msisdn is not null and s.zone <> 'white' and s.rule <> 'none_left')";

    private static final String INSERT = """
            insert into metric_customer (month, msisdn, tier, region, branch, manager_id, team, zone, zone_before, in_base, retained,
              upgraded, downgraded, managed, contacted, responded, satisfied, knows_manager, nps, loyalty, clv, tasks, tasks_done,
              tasks_overdue, complaints_closed, complaints_in_time, campaign_treated, campaign_converted, redemptions, join_date, tier_before)
            with seg as (select msisdn, tier, zone, rule, clv from segment where month = :month),
            prev as (select msisdn, tier, zone from segment where month = :prev),
            resp as (
              select distinct on (r.msisdn) r.msisdn, r.nps, r.knows_manager,
                     (select 3 * (sum(a.perception) - count(*)) >= 2 * count(*) * (t.scale_max - 1)
                      from survey_answer a where a.response_id = r.id) as satisfied
              from survey_response r join survey_template t on t.code = r.template_code
              where r.answered_at >= :from and r.answered_at < :until
              order by r.msisdn, r.answered_at desc, r.id desc),
            tasks as (
              select msisdn, count(*) as tasks, count(*) filter (where status = 'done') as done,
                     count(*) filter (where status = 'open' and due_date < :today) as overdue
              from task where month = :month and status <> 'superseded' group by msisdn),
            touched as (select distinct msisdn from (%s) x),
            compl as (
              select c.msisdn, count(*) as closed, count(*) filter (where w.resolved_at <= w.due_at) as in_time
              from complaint c join work_order w on w.id = c.work_order_id
              where c.closed_at >= :from and c.closed_at < :until and w.due_at is not null group by c.msisdn),
            camp as (
              select m.msisdn, bool_or(exists (select 1 from campaign_response x where x.campaign_id = m.campaign_id
                                                and x.msisdn = m.msisdn and x.kind = 'conversion')) as converted
              from campaign_member m where m.grp = 'treated' and m.added_at >= :from and m.added_at < :until group by m.msisdn),
            redeemed as (
              select msisdn, count(*) as n from merchant_redemption
              where reversed_at is null and at >= :from and at < :until group by msisdn),
            pop as (
              select msisdn from seg where zone <> 'none'
              union select msisdn from prev where zone in ('blue', 'green', 'yellow', 'red')
              union select msisdn from assignment where manager_id is not null
              union select msisdn from resp union select msisdn from tasks union select msisdn from compl
              union select msisdn from camp union select msisdn from redeemed),
            facts as (
              select x.msisdn, coalesce(s.tier, p.tier, sub.tier, 'none') as tier, coalesce(sub.region, '') as region,
                     coalesce(sub.branch, '') as branch, a.manager_id, m.team, s.zone, p.zone as zone_before,
                     coalesce(p.zone in ('blue', 'green', 'yellow', 'red'), false) as in_base,
                     %2$s as active_now, %3$s as rank_now, %4$s as rank_before, s.clv,
                     r.msisdn is not null as responded, r.satisfied, r.knows_manager, r.nps,
                     t.tasks, t.done, t.overdue, tc.msisdn is not null as contacted, c.closed, c.in_time,
                     cp.msisdn is not null as treated, cp.converted, rd.n as redemptions, sub.join_date, p.tier as tier_before
              from pop x
              left join subscriber sub on sub.msisdn = x.msisdn
              left join seg s on s.msisdn = x.msisdn
              left join prev p on p.msisdn = x.msisdn
              left join assignment a on a.msisdn = x.msisdn
              left join manager m on m.manager_id = a.manager_id
              left join resp r on r.msisdn = x.msisdn
              left join tasks t on t.msisdn = x.msisdn
              left join touched tc on tc.msisdn = x.msisdn
              left join compl c on c.msisdn = x.msisdn
              left join camp cp on cp.msisdn = x.msisdn
              left join redeemed rd on rd.msisdn = x.msisdn)
            select :month, msisdn, tier, region, branch, manager_id, team, zone, zone_before, in_base,
                   in_base and active_now,
                   in_base and active_now and rank_before <= 4 and rank_now < rank_before,
                   in_base and (not active_now or (zone <> 'none' and rank_now > rank_before)),
                   manager_id is not null, contacted, responded, coalesce(satisfied, false), coalesce(knows_manager, false), nps,
                   case when responded then round(5.0 * nps + case when active_now then 50 else 0 end, 2) end,
                   clv, coalesce(tasks, 0), coalesce(done, 0), coalesce(overdue, 0), coalesce(closed, 0), coalesce(in_time, 0),
                   treated, coalesce(converted, false), coalesce(redemptions, 0), join_date, tier_before
            from facts""";

    private final JdbcClient jdbc;

    MetricFactsReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Zone ranks: blue 1 … red 4, white 5, none or no row 6. */
    private static String rank(String column) {
        return "case " + column + " when 'blue' then 1 when 'green' then 2 when 'yellow' then 3 when 'red' then 4 when 'white' then 5 else 6 end";
    }

    /** Writes the month's rows (the caller deleted the old ones in the same transaction); the number written. */
    int insertMonth(YearMonth month, ZoneId zone, LocalDate today) {
        String sql = INSERT.formatted(ContactDefinition.touches(":from", ":until", null), ACTIVE_NOW, RANK_NOW, RANK_BEFORE);
        return jdbc.sql(sql)
                .param("month", month.toString())
                .param("prev", month.minusMonths(1).toString())
                .param("from", Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("until", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .param("today", today)
                .update();
    }
}
