package dev.retain.app.retention.internal;

import dev.retain.app.retention.TaskStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task lists as one SQL query per page. The workbench reads the tables that the
 * customer, segment, assignment and cycle modules fill (subscriber, segment, task) in a
 * join instead of calling their Java APIs row by row: with a million subscribers and
 * ~200k tasks only the database can filter, sort and page fast enough, and the join is
 * read-only. Writes stay in this module's own tables (see {@code Contacts}).
 *
 * Paging is by offset: a manager holds at most a few thousand customers (capacity 6000
 * for a phone manager), and the index {@code task_manager_open_page} gives the rows in
 * page order, so an offset costs at most that many index entries. Measured with EXPLAIN
 * ANALYZE on 1M subscribers, 2M segments and 200k tasks (5000 per manager), warm: first
 * page 1 ms, page 80 26 ms, first page filtered to a zone 2 ms, the API's page 200 over
 * all tasks 49 ms.
 */
@Component
public class TaskReadModel {

    /**
     * The page of tasks is chosen first from {@code task} alone (joined with segment only to
     * filter by zone), then joined with subscriber and segment: so an offset skips index
     * entries, not joined rows.
     */
    private static final String OUTER = """
            select t.task_id, t.msisdn, s.customer_key::text as customer_key, s.name, coalesce(g.tier, s.tier, 'none') as tier, coalesce(g.zone, 'none') as zone,
                   t.month, t.kind, t.reasons, t.priority, t.value_at_risk, t.due_date, t.due_date < :today as overdue,
                   t.manager_id, t.status, t.outcome, t.churn_reasons
            from (%s) t
            join subscriber s on s.msisdn = t.msisdn
            left join segment g on g.month = t.month and g.msisdn = t.msisdn
            order by t.priority desc, t.task_id""";

    /** The "due this week" filter: due today or in the next seven days. */
    static final int DUE_SOON_DAYS = 7;

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today in the business time zone: the database's current_date is the server's, not the province's. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A manager's open tasks, most urgent first; asks for {@code limit} rows (ask one more to know of a next page). */
    @Transactional(readOnly = true)
    public List<TaskRow> openTasksOf(String managerId, TaskFilter filter, int offset, int limit) {
        noParallelWorkers();
        Query q = openTasksQuery(managerId, filter, today());
        return jdbc.sql(OUTER.formatted(q.sql + " order by t.priority desc, t.task_id offset :offset limit :limit"))
                .params(q.params).param("offset", offset).param("limit", limit)
                .query(TaskReadModel::row).list();
    }

    /** Every open task of a manager that the filter lets through, streamed (the CSV export). */
    public long forEachOpenTaskOf(String managerId, TaskFilter filter, Consumer<TaskRow> sink) {
        Query q = openTasksQuery(managerId, filter, today());
        long[] n = {0};
        jdbc.sql(OUTER.formatted(q.sql)).params(q.params)
                .query(rs -> {
                    sink.accept(row(rs, 0));
                    n[0]++;
                });
        return n[0];
    }

    /** The API's list: one status, one manager or all (null), most urgent first. */
    @Transactional(readOnly = true)
    public List<TaskRow> tasks(String status, String managerId, int offset, int limit) {
        noParallelWorkers();
        StringBuilder sql = new StringBuilder("select t.* from task t where t.status = :status");
        Map<String, Object> params = new HashMap<>(Map.of("status", status, "offset", offset, "limit", limit, "today", today()));
        if (managerId != null) {
            sql.append(" and t.manager_id = :manager");
            params.put("manager", managerId);
        }
        return jdbc.sql(OUTER.formatted(sql + " order by t.priority desc, t.task_id offset :offset limit :limit")).params(params)
                .query(TaskReadModel::row).list();
    }

    /** The open tasks of one customer (the 360 view), most urgent first. */
    public List<TaskRow> openTasksOfCustomer(String msisdn) {
        return jdbc.sql(OUTER.formatted("select t.* from task t where t.msisdn = :msisdn and t.status = '" + TaskStatus.OPEN + "'"))
                .param("msisdn", msisdn).param("today", today()).query(TaskReadModel::row).list();
    }

    /** The customer a task is about, if the task exists. */
    public Optional<String> msisdnOfTask(String taskId) {
        return jdbc.sql("select msisdn from task where task_id = ?").param(taskId).query(String.class).optional();
    }

    /**
     * A page is a few dozen index probes. Misled by the zone join's estimate, the planner
     * otherwise picks a parallel scan whose workers alone take ~100 ms to start on a small
     * server (measured: a zone-filtered first page 126 ms with workers, 2 ms without).
     * {@code set local} ends with the surrounding read-only transaction.
     */
    private void noParallelWorkers() {
        jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    // only the filters that are set become SQL, so the planner sees a plain predicate for each
    private static Query openTasksQuery(String managerId, TaskFilter f, LocalDate today) {
        StringBuilder sql = new StringBuilder("select t.* from task t");
        Map<String, Object> params = new HashMap<>();
        params.put("manager", managerId);
        params.put("today", today);
        if (!f.zone().isEmpty()) {
            // a plain equality on segment.zone, so the planner uses its statistics (a task always has its month's segment)
            sql.append(" join segment z on z.month = t.month and z.msisdn = t.msisdn and z.zone = :zone");
            params.put("zone", f.zone());
        }
        sql.append(" where t.manager_id = :manager and t.status = '" + TaskStatus.OPEN + "'");
        if (!f.kind().isEmpty()) {
            sql.append(" and t.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.minPriority() > 0) {
            sql.append(" and t.priority >= :minPriority");
            params.put("minPriority", f.minPriority());
        }
        switch (f.due()) {
            case "overdue" -> sql.append(" and t.due_date < :today");
            case "week" -> {
                sql.append(" and t.due_date between :today and :weekEnd");
                params.put("weekEnd", today.plusDays(DUE_SOON_DAYS));
            }
            default -> { }
        }
        return new Query(sql.toString(), params);
    }

    private static TaskRow row(ResultSet rs, int i) throws SQLException {
        return new TaskRow(rs.getString("task_id"), rs.getString("msisdn"), rs.getString("customer_key"), rs.getString("name"), rs.getString("tier"),
                rs.getString("zone"), rs.getString("month"), rs.getString("kind"), TaskRow.splitReasons(rs.getString("reasons")),
                rs.getLong("priority"), rs.getBigDecimal("value_at_risk"), rs.getObject("due_date", LocalDate.class),
                rs.getBoolean("overdue"), rs.getString("manager_id"), rs.getString("status"), rs.getString("outcome"),
                rs.getString("churn_reasons"));
    }
}
