package dev.retain.app.outcome.internal;

import dev.retain.app.core.locks.TransactionLocks;
import dev.retain.app.outcome.OutcomeRate;
import dev.retain.app.outcome.internal.ClosedLoopReadModel.TaskGrouping;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The measured months' task figures in {@code closed_loop_month}: written whole when the month after has its cycle
 * ({@link #refresh}) or, for a month measured before this table existed, on first use ({@link #measured}). Each write
 * is its own transaction under a lock per month (also from a read-only report), so readers see a month whole or not.
 */
@Component
public class ClosedLoopMonths {

    private static final Logger log = LoggerFactory.getLogger(ClosedLoopMonths.class);

    private final JdbcClient jdbc;
    private final ClosedLoopReadModel readModel;
    private final TransactionLocks locks;
    private final TransactionTemplate ownTransaction;

    ClosedLoopMonths(JdbcClient jdbc, ClosedLoopReadModel readModel, TransactionLocks locks, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readModel = readModel;
        this.locks = locks;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A measured month's tasks by {@code grouping}, from the stored figures (written first if the month has none). */
    public Map<String, OutcomeRate> measured(YearMonth month, TaskGrouping grouping) {
        Map<TaskGrouping, Map<String, OutcomeRate>> stored = stored(month);
        if (stored.isEmpty()) {
            write(month, false);
            stored = stored(month);
        }
        return stored.getOrDefault(grouping, Map.of());
    }

    /** Writes the month's figures anew: its next month's cycle has just completed. */
    public void refresh(YearMonth month) {
        write(month, true);
    }

    private void write(YearMonth month, boolean replace) {
        long t0 = System.nanoTime();
        Integer rows = ownTransaction.execute(tx -> {
            locks.hold("outcome.closed-loop:" + month);
            if (replace) {
                jdbc.sql("delete from closed_loop_month where month = ?").param(month.toString()).update();
            } else if (!stored(month).isEmpty()) {
                return 0; // written meanwhile by another request
            }
            // grouped by a plain select (an insert … select would run without parallel workers: ten times slower at 1M)
            int written = 0;
            for (TaskGrouping grouping : TaskGrouping.values()) {
                for (Map.Entry<String, OutcomeRate> row : readModel.tasksBy(month, true, grouping).entrySet()) {
                    jdbc.sql("insert into closed_loop_month (month, grouping, key, tasks, active, better) values (?, ?, ?, ?, ?, ?)")
                            .params(month.toString(), grouping.name(), row.getKey(), row.getValue().measured(), row.getValue().active(),
                                    row.getValue().better())
                            .update();
                    written++;
                }
            }
            return written;
        });
        log.info("closed loop of {} written: {} rows in {} ms", month, rows, (System.nanoTime() - t0) / 1_000_000);
    }

    private Map<TaskGrouping, Map<String, OutcomeRate>> stored(YearMonth month) {
        Map<TaskGrouping, Map<String, OutcomeRate>> stored = new EnumMap<>(TaskGrouping.class);
        jdbc.sql("select grouping, key, tasks, active, better from closed_loop_month where month = ? order by grouping, tasks desc, key")
                .param(month.toString())
                .query((ResultSet rs) -> {
                    stored.computeIfAbsent(TaskGrouping.valueOf(rs.getString(1)), g -> new LinkedHashMap<>())
                            .put(rs.getString(2), new OutcomeRate(rs.getLong(3), rs.getLong(4), rs.getLong(5), 0));
                });
        return stored;
    }
}
