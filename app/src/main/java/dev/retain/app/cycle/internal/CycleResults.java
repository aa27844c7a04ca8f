package dev.retain.app.cycle.internal;

import dev.retain.app.assignment.CycleAssignments;
import dev.retain.app.retention.CycleTasks;
import dev.retain.app.segment.RuleFacts;
import dev.retain.app.segment.Segments;
import dev.retain.engine.cycle.CycleFiles;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the engine's segments.csv, facts.csv, tasks.csv and assignments.csv in ONE transaction: either
 * the whole month lands (segments replaced, tasks and assignments upserted) or nothing
 * changes. Each module loads its own file into its own tables; this class only holds the
 * transaction and hands each its file.
 */
@Component
public class CycleResults {

    private final TransactionTemplate transaction;
    private final Segments segments;
    private final RuleFacts facts;
    private final CycleTasks tasks;
    private final CycleAssignments assignments;

    CycleResults(PlatformTransactionManager transactions, Segments segments, RuleFacts facts, CycleTasks tasks,
                 CycleAssignments assignments) {
        this.transaction = new TransactionTemplate(transactions);
        this.segments = segments;
        this.facts = facts;
        this.tasks = tasks;
        this.assignments = assignments;
    }

    /** What one month's results changed in the database. */
    public record Applied(int segments, int facts, int tasks, int tasksRemoved, int tasksSuperseded, int tasksSkippedForNewerMonth,
                          int assignments, int managerChanges) {
    }

    public Applied apply(YearMonth month, Path outDir) {
        return transaction.execute(tx -> {
            int segmentRows = segments.replaceMonth(month, outDir.resolve(CycleFiles.SEGMENTS));
            int factRows = facts.replaceMonth(month, outDir.resolve(CycleFiles.FACTS));
            CycleTasks.Applied t = tasks.apply(month, outDir.resolve(CycleFiles.TASKS));
            CycleAssignments.Applied a = assignments.apply(month, outDir.resolve(CycleFiles.ASSIGNMENTS));
            return new Applied(segmentRows, factRows, t.upserted(), t.removed(), t.superseded(), t.skippedForNewerMonth(), a.upserted(),
                    a.managerChanges());
        });
    }
}
