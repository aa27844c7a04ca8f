package dev.retain.app.care.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A manager's moments of a day (care's {@code care_moment}) with what the pages need from other
 * modules' tables, read-only: the customer's key and number as received (customer's
 * {@code subscriber}) and the task's state (retention's {@code task}).
 */
@Component
public class CareTodayReadModel {

    /** At most this many rows on one page: a manager's day is far fewer. */
    public static final int LIMIT = 500;

    /** One moment on "today's moments". {@code number} is the number as received: the page masks it. */
    public record TodayMoment(String msisdn, String customerKey, String number, String kind, String momentId, String occasion,
                              String tier, LocalDate occursOn, LocalDate preparedOn, String action, Long messageId, String taskId,
                              String taskStatus, String refused) {
    }

    private final JdbcClient jdbc;

    CareTodayReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The moments of {@code managerId}'s customers (assigned to them now) that are due on {@code day} or ahead in their lead window:
     * prepared on or before the day, and either prepared that day or not yet past.
     */
    public List<TodayMoment> of(String managerId, LocalDate day) {
        return jdbc.sql("""
                        select m.msisdn, s.customer_key::text as customer_key, coalesce(s.msisdn_received, m.msisdn) as number, m.kind,
                               m.moment_id, m.occasion, m.tier, m.occurs_on, m.prepared_on, m.action, m.message_id, m.task_id,
                               t.status as task_status, m.refused
                        from care_moment m
                        left join subscriber s on s.msisdn = m.msisdn
                        left join task t on t.task_id = m.task_id
                        left join assignment a on a.msisdn = m.msisdn
                        -- the customer's manager now (a reassignment moves their moments), else the one at preparation
                        where coalesce(a.manager_id, m.manager_id) = :manager and m.prepared_on <= :day and (m.prepared_on = :day or m.occurs_on >= :day)
                        order by m.occurs_on, m.kind, m.msisdn
                        limit :limit""")
                .param("manager", managerId).param("day", day).param("limit", LIMIT)
                .query((rs, i) -> new TodayMoment(rs.getString("msisdn"), rs.getString("customer_key"), rs.getString("number"),
                        rs.getString("kind"), rs.getString("moment_id"), rs.getString("occasion"), rs.getString("tier"),
                        rs.getObject("occurs_on", LocalDate.class), rs.getObject("prepared_on", LocalDate.class), rs.getString("action"),
                        (Long) rs.getObject("message_id"), rs.getString("task_id"), rs.getString("task_status"), rs.getString("refused")))
                .list();
    }
}
