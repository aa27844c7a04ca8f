package dev.retain.app.cycle.internal;

import dev.retain.app.assignment.CycleAssignments;
import dev.retain.app.customer.ContractExport;
import dev.retain.engine.progress.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the cycle for a month needs from the database into a folder: the customer
 * module's contract files (docs/data-formats.md) and the assignment module's current
 * assignments, each written by the module that owns the tables, and the complaints
 * ({@link ComplaintFactsReadModel}: the complaint module's table, read here for the facts). All files come from one
 * repeatable-read snapshot: an import committing meanwhile cannot give the engine
 * subscribers without their usage.
 */
@Component
public class ProvinceExport {

    /** The current assignment table in the engine's assignments.csv columns (stickiness, R3.2). */
    public static final String PREVIOUS_ASSIGNMENTS = "previous-assignments.csv";

    private final ContractExport contract;
    private final CycleAssignments assignments;
    private final ComplaintFactsReadModel complaints;
    private final TransactionTemplate snapshot;

    ProvinceExport(ContractExport contract, CycleAssignments assignments, ComplaintFactsReadModel complaints,
                   PlatformTransactionManager transactions) {
        this.contract = contract;
        this.assignments = assignments;
        this.complaints = complaints;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /**
     * Exports the reference files, usage of {@code usageMonths} and call peers of {@code peerMonths} into
     * {@code dir}; with {@code withAssignments} also {@link #PREVIOUS_ASSIGNMENTS}.
     */
    public void export(List<YearMonth> usageMonths, List<YearMonth> peerMonths, Path dir, boolean withAssignments, Progress progress) {
        int total = ContractExport.FILES.size() + 1 + (withAssignments ? 1 : 0);
        // the complaints the facts count: from two months before the first month read (complaints_3m of it)
        LocalDate complaintsFrom = usageMonths.stream().min(Comparator.naturalOrder()).orElseThrow().minusMonths(2).atDay(1);
        snapshot.executeWithoutResult(tx -> {
            int done = 0;
            for (String file : ContractExport.FILES) {
                progress.update("export", done++, total);
                contract.write(file, dir, usageMonths, peerMonths);
            }
            progress.update("export", done++, total);
            complaints.write(dir, complaintsFrom);
            if (withAssignments) {
                progress.update("export", done++, total);
                assignments.writeCurrent(dir.resolve(PREVIOUS_ASSIGNMENTS));
            }
            progress.update("export", done, total);
        });
    }
}
