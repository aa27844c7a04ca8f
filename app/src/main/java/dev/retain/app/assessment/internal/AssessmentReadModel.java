package dev.retain.app.assessment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the assessment reads from other modules' tables, one grouped query per question (never one per manager):
 * the managers with their branch and team (customer's {@code manager}), the period's tasks by manager (retention's
 * {@code task}), and the survey answers of each manager's customers (survey's {@code survey_response},
 * {@code survey_answer}, {@code survey_template}, assignment's {@code assignment}).
 */
@Component
public class AssessmentReadModel {

    private final JdbcClient jdbc;

    AssessmentReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Manager(String managerId, String name, String role, String region, String branch, String team) {
    }

    /** Every active manager. */
    public List<Manager> managers() {
        return jdbc.sql("select manager_id, name, role, region, branch, coalesce(team, '') from manager where active order by manager_id")
                .query((rs, i) -> new Manager(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Whether a manager of this id exists (active or not): a training record names a real manager. */
    public boolean managerExists(String managerId) {
        return jdbc.sql("select exists (select 1 from manager where manager_id = ?)").param(managerId).query(Boolean.class).single();
    }

    /** A manager's tasks of the period: how many, done, done on or before the due date (business zone). */
    public record Tasks(long tasks, long done, long onTime) {
    }

    /**
     * The tasks of the period's months (a task's {@code month} is the cycle that made it). A task superseded by a later
     * month's counts, as not done: it was left open until the next cycle (leaving it out would reward not working it).
     * A cancelled task is left out: nobody could do it.
     */
    public Map<String, Tasks> tasks(List<YearMonth> months, ZoneId zone) {
        Map<String, Tasks> out = new HashMap<>();
        jdbc.sql("""
                        select manager_id, count(*), count(*) filter (where status = 'done'),
                               count(*) filter (where status = 'done' and cast(closed_at at time zone :zone as date) <= due_date)
                        from task
                        where month = any(:months) and manager_id is not null and status <> 'cancelled'
                        group by manager_id""")
                .param("zone", zone.getId()).param("months", months.stream().map(YearMonth::toString).toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), new Tasks(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return out;
    }

    /** The survey answers of a manager's customers: responses, and their mean perception on 0–100. */
    public record Satisfaction(long responses, BigDecimal score) {
    }

    /**
     * Responses answered in [from, until) by the manager's current customers; each response's score is the mean of its
     * six perceptions put on 0–100 ((p − 1) ÷ (scale − 1) × 100), and a manager's score the mean over responses.
     */
    public Map<String, Satisfaction> satisfaction(Instant from, Instant until) {
        Map<String, Satisfaction> out = new HashMap<>();
        jdbc.sql("""
                        with scored as (
                          select r.id, r.msisdn, avg((a.perception - 1) * 100.0::float8 / (t.scale_max - 1)) as score
                          from survey_response r
                          join survey_answer a on a.response_id = r.id
                          join survey_template t on t.code = r.template_code
                          where r.answered_at >= :from and r.answered_at < :until
                          group by r.id, r.msisdn)
                        select g.manager_id, count(*), round(avg(s.score)::numeric, 1)
                        from scored s join assignment g on g.msisdn = s.msisdn
                        where g.manager_id is not null
                        group by g.manager_id""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(rs -> {
                    out.put(rs.getString(1), new Satisfaction(rs.getLong(2), rs.getBigDecimal(3)));
                });
        return out;
    }
}
