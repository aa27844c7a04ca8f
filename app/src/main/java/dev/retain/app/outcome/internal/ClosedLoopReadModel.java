package dev.retain.app.outcome.internal;

import dev.retain.app.outcome.OutcomeRate;
import dev.retain.app.outcome.TaskOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The closed loop's joins across modules: retention's {@code task} and {@code contact}, campaign's {@code offer_response},
 * {@code offer}, {@code campaign_member}, {@code campaign_run} and {@code campaign}, with segment's {@code segment}
 * of the work month and of the month after (the zone before and after), and customer's {@code manager} for names and
 * {@code subscriber} for the key a page links a customer by.
 * A task's work month is its cycle month; a contact's is the cycle month before the day it was made (the zones the
 * manager saw), so its "after" is the cycle of the month it was made in.
 */
@Component
public class ClosedLoopReadModel {

    /** Zone ranks: blue 1 … white 5, anything else (none) 6. */
    private static final String RANK_BEFORE = rank("s0.zone");
    private static final String RANK_AFTER = rank("s1.zone");
    /**
     * Still active the month after: a segment row then, neither white nor left (R2.2) — campaign's uplift counts a
     * member retained the same way. A customer who fell below the programme's bill but stays is active, not better.
     */
    private static final String ACTIVE = "(s1.msisdn is not null and s1.zone <> 'white' and s1.rule <> 'none_left')";
    /** Better: active, and in a better zone than in the work month (blue best; nothing is better than no zone before). */
    private static final String BETTER = "(" + ACTIVE + " and " + RANK_BEFORE + " <= 5 and " + RANK_AFTER + " < " + RANK_BEFORE + ")";
    /** After the group's count: how many are active the month after, and how many in a better zone. */
    private static final String COUNTS = "count(*) filter (where " + ACTIVE + ") as active, count(*) filter (where " + BETTER + ") as better";

    private final JdbcClient jdbc;

    ClosedLoopReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String rank(String column) {
        return "case " + column + " when 'blue' then 1 when 'green' then 2 when 'yellow' then 3 when 'red' then 4 when 'white' then 5 else 6 end";
    }

    /** Cycle months that have segments, newest first: one index step per month (a loose scan), not a read of every row. */
    public List<YearMonth> cycledMonths() {
        return distinctMonths("segment");
    }

    /** Work months that have tasks, newest first. */
    public List<YearMonth> taskMonths() {
        return distinctMonths("task");
    }

    /** The distinct months of a table with an index led by {@code month}, newest first. */
    private List<YearMonth> distinctMonths(String table) {
        return jdbc.sql("""
                        with recursive m(month) as (
                          select max(month) from %1$s
                          union all
                          select (select max(x.month) from %1$s x where x.month < m.month) from m where m.month is not null)
                        select month from m where month is not null""".formatted(table))
                .query(String.class).list().stream().map(YearMonth::parse).toList();
    }

    /**
     * The month's tasks grouped by {@code group} (a SQL expression over task {@code t}: the manager, or each of its
     * reasons), with what became of them; {@code nextCycled}: the month after has had its cycle, so a task whose
     * customer has no segment row then counts as gone.
     */
    public Map<String, OutcomeRate> tasksBy(YearMonth month, boolean nextCycled, TaskGrouping grouping) {
        Map<String, OutcomeRate> rates = new LinkedHashMap<>();
        // a month still waiting for its next cycle has only counts: no segment to join
        jdbc.sql(nextCycled ? groupedTasks(grouping)
                         : "select " + grouping.key + " as key, count(*) as tasks from task t " + grouping.join + " where t.month = :month group by 1")
                .param("month", month.toString()).param("next", month.plusMonths(1).toString())
                .query((ResultSet rs) -> {
                    rates.merge(rs.getString("key") == null ? "" : rs.getString("key"), rate(rs, nextCycled), OutcomeRate::plus);
                });
        return rates;
    }

    /** The month's tasks grouped, with what became of them the month after (columns key, tasks, active, better). */
    private static String groupedTasks(TaskGrouping grouping) {
        return "select " + grouping.key + " as key, count(*) as tasks, " + COUNTS + " from task t " + grouping.join + " " + """
                 left join segment s0 on s0.msisdn = t.msisdn and s0.month = t.month
                 left join segment s1 on s1.msisdn = t.msisdn and s1.month = :next
                 where t.month = :month
                 group by 1""";
    }

    /**
     * Contacts made in the month after {@code workMonth} (so seen against {@code workMonth}'s zones, measured in the
     * month they were made), grouped by their outcome code or channel; days by the business zone.
     */
    public Map<String, OutcomeRate> contactsBy(YearMonth workMonth, boolean nextCycled, ContactGrouping grouping, ZoneId zone) {
        return madeInMonthAfter(grouping.sql, "contact c", "c.msisdn", "c.at", workMonth, nextCycled, zone);
    }

    /**
     * Offers' answers recorded in the month after {@code workMonth} (campaign's {@code offer_response}), grouped by
     * {@code offer id:accepted|declined}: did those who took an offer stay, against those who declined it?
     */
    public Map<String, OutcomeRate> offerAnswersBy(YearMonth workMonth, boolean nextCycled, ZoneId zone) {
        return madeInMonthAfter("r.offer_id || ':' || r.outcome", "offer_response r", "r.msisdn", "r.recorded_at", workMonth, nextCycled, zone);
    }

    /**
     * Campaign members whose run evaluated the target on {@code workMonth}'s facts (campaign's {@code campaign_member}
     * ⨝ {@code campaign_run}), grouped by {@code campaign id:treated|holdout}.
     */
    public Map<String, OutcomeRate> campaignMembersBy(YearMonth workMonth, boolean nextCycled) {
        Map<String, OutcomeRate> rates = new LinkedHashMap<>();
        jdbc.sql("select m.campaign_id || ':' || m.grp as key, count(*) as rows, " + COUNTS + " " + """
                         from campaign_member m join campaign_run r on r.id = m.run_id
                         left join segment s0 on s0.msisdn = m.msisdn and s0.month = r.facts_month
                         left join segment s1 on s1.msisdn = m.msisdn and s1.month = :next
                         where r.facts_month = :month
                         group by 1""")
                .param("month", workMonth.toString()).param("next", workMonth.plusMonths(1).toString())
                .query((ResultSet rs) -> {
                    rates.merge(rs.getString("key"), rate(rs, nextCycled), OutcomeRate::plus);
                });
        return rates;
    }

    /** Campaigns' names by id. */
    public Map<String, String> campaignNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from campaign").query((ResultSet rs) -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    /** The catalogue's offers by id: their code and names, for the table's labels. */
    public Map<String, String[]> offerNames() {
        Map<String, String[]> names = new LinkedHashMap<>();
        jdbc.sql("select id, code, name_zh, name_en from offer").query((ResultSet rs) -> {
            names.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        });
        return names;
    }

    private Map<String, OutcomeRate> madeInMonthAfter(String key, String table, String msisdn, String at, YearMonth workMonth,
                                                      boolean nextCycled, ZoneId zone) {
        Map<String, OutcomeRate> rates = new LinkedHashMap<>();
        YearMonth made = workMonth.plusMonths(1);
        jdbc.sql("select " + key + " as key, count(*) as rows, " + COUNTS + " from " + table
                         + " left join segment s0 on s0.msisdn = " + msisdn + " and s0.month = :month"
                         + " left join segment s1 on s1.msisdn = " + msisdn + " and s1.month = :next"
                         + " where " + at + " >= :from and " + at + " < :until group by 1")
                .param("month", workMonth.toString()).param("next", made.toString())
                .param("from", java.sql.Timestamp.from(made.atDay(1).atStartOfDay(zone).toInstant()))
                .param("until", java.sql.Timestamp.from(made.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query((ResultSet rs) -> {
                    rates.merge(rs.getString("key") == null ? "" : rs.getString("key"), rate(rs, nextCycled), OutcomeRate::plus);
                });
        return rates;
    }

    /** Managers' names by id, for the table's labels. */
    public Map<String, String> managerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select manager_id, name from manager").query((ResultSet rs) -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    /** A month's tasks one by one, optionally of one manager, highest priority first, at most {@code limit}. */
    public List<TaskOutcome> tasks(YearMonth month, boolean nextCycled, String managerId, int limit) {
        return jdbc.sql("""
                        select t.task_id, t.msisdn, sub.customer_key, t.month, t.manager_id, t.reasons, t.status,
                               exists (select 1 from contact c where c.task_id = t.task_id) as contacted,
                               s0.zone as zone_before,
                               case when not :next_cycled then null
                                    when s1.msisdn is null or s1.rule = 'none_left' then 'gone' else s1.zone end as zone_after,
                               """ + ACTIVE + " as active, " + BETTER + " as better " + """
                        from task t
                        left join segment s0 on s0.msisdn = t.msisdn and s0.month = t.month
                        left join segment s1 on s1.msisdn = t.msisdn and s1.month = :next
                        left join subscriber sub on sub.msisdn = t.msisdn
                        where t.month = :month and (:manager = '' or t.manager_id = :manager)
                        order by t.priority desc, t.task_id
                        limit :limit""")
                .param("month", month.toString()).param("next", month.plusMonths(1).toString()).param("next_cycled", nextCycled)
                .param("manager", managerId == null ? "" : managerId).param("limit", limit)
                .query((rs, i) -> new TaskOutcome(rs.getString("task_id"), rs.getString("msisdn"), rs.getString("customer_key"), YearMonth.parse(rs.getString("month")),
                        rs.getString("manager_id"), rs.getString("reasons"), rs.getString("status"), rs.getBoolean("contacted"),
                        rs.getString("zone_before"), rs.getString("zone_after"), nextCycled && rs.getBoolean("active"),
                        nextCycled && rs.getBoolean("better")))
                .list();
    }

    private static OutcomeRate rate(ResultSet rs, boolean nextCycled) throws SQLException {
        long rows = rs.getLong(2);
        if (!nextCycled) return new OutcomeRate(0, 0, 0, rows);
        return new OutcomeRate(rows, rs.getLong("active"), rs.getLong("better"), 0);
    }

    /** How tasks are grouped: by manager, by each of their reasons (a task with two counts for both rules), by whether anyone called. */
    public enum TaskGrouping {
        MANAGER("coalesce(t.manager_id, '')", ""),
        RULE("r.reason", "cross join lateral unnest(string_to_array(t.reasons, ';')) as r(reason)"),
        /** The task's first reason: the highest-priority rule that matched, whose playbook the task follows. */
        FIRST_RULE("split_part(t.reasons, ';', 1)", ""),
        CONTACTED("case when exists (select 1 from contact c where c.task_id = t.task_id) then 'contacted' else 'not_contacted' end", "");

        private final String key;
        private final String join;

        TaskGrouping(String key, String join) {
            this.key = key;
            this.join = join;
        }
    }

    /** How contacts are grouped: by their outcome code or by channel. */
    public enum ContactGrouping {
        OUTCOME("c.outcome"),
        CHANNEL("c.channel");

        private final String sql;

        ContactGrouping(String sql) {
            this.sql = sql;
        }
    }
}
