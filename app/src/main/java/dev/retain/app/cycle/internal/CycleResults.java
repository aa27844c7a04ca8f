package dev.retain.app.cycle.internal;

import dev.retain.app.assignment.CycleAssignments;
import dev.retain.app.retention.CycleTasks;
import dev.retain.app.segment.Segments;
import dev.retain.engine.cycle.CycleFiles;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the engine's segments.csv, tasks.csv and assignments.csv in ONE transaction: either
 * the whole month lands (segments replaced, tasks and assignments upserted) or nothing
 * changes. Each module loads its own file into its own tables; this class only holds the
 * transaction and hands each its file.
 */
@Component
public class CycleResults {

    private final TransactionTemplate transaction;
    private final Segments segments;
    private final CycleTasks tasks;
    private final CycleAssignments assignments;

    CycleResults(PlatformTransactionManager transactions, Segments segments, CycleTasks tasks, CycleAssignments assignments) {
        this.transaction = new TransactionTemplate(transactions);
        this.segments = segments;
        this.tasks = tasks;
        this.assignments = assignments;
    }

    /** What one month's results changed in the database. */
    public record Applied(int segments, int tasks, int tasksRemoved, int tasksSuperseded, int tasksSkippedForNewerMonth,
                          int assignments, int managerChanges) {
    }

    public Applied apply(YearMonth month, Path outDir) {
        return transaction.execute(tx -> {
            int segmentRows = segments.replaceMonth(month, outDir.resolve(CycleFiles.SEGMENTS));
            CycleTasks.Applied t = tasks.apply(month, outDir.resolve(CycleFiles.TASKS));
            CycleAssignments.Applied a = assignments.apply(month, outDir.resolve(CycleFiles.ASSIGNMENTS));
            return new Applied(segmentRows, t.upserted(), t.removed(), t.superseded(), t.skippedForNewerMonth(), a.upserted(),
                    a.managerChanges());
        });
    }
}
