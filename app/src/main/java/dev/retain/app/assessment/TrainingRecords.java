package dev.retain.app.assessment;

import dev.retain.app.assessment.internal.AssessmentReadModel;
import dev.retain.app.assessment.internal.TrainingStore;
import dev.retain.app.assessment.internal.TrainingStore.Row;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' training records: supervisors and admins add, change and delete them (each audited as
 * {@code training_saved} / {@code training_deleted}); everyone who may read the assessment reads them.
 */
@Service
public class TrainingRecords {

    public static final String SAVED = "training_saved";
    public static final String DELETED = "training_deleted";
    /** The most records one list shows or one export writes. */
    public static final int LIMIT = 5000;

    private final TrainingStore store;
    private final AssessmentReadModel readModel;
    private final AuditLog auditLog;
    private final Clock clock;

    TrainingRecords(TrainingStore store, AssessmentReadModel readModel, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.readModel = readModel;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public long add(TrainingDraft draft, RetainUser by) {
        TrainingDraft.Checked c = checked(draft, by);
        long id = store.add(c, by.username(), clock.instant());
        auditLog.record(by, SAVED, "training_record " + id, c.managerId() + ": " + c.course());
        return id;
    }

    @Transactional
    public void update(long id, TrainingDraft draft, RetainUser by) {
        TrainingDraft.Checked c = checked(draft, by);
        if (!store.update(id, c, by.username(), clock.instant())) throw new AssessmentRefused("id", "assessment.training.refused.unknown");
        auditLog.record(by, SAVED, "training_record " + id, c.managerId() + ": " + c.course());
    }

    @Transactional
    public void delete(long id, RetainUser by) {
        writer(by);
        Row row = store.find(id).orElseThrow(() -> new AssessmentRefused("id", "assessment.training.refused.unknown"));
        store.delete(id);
        auditLog.record(by, DELETED, "training_record " + id, row.managerId() + ": " + row.course());
    }

    /** Records taken in the period, optionally of one manager, newest first (at most {@link #LIMIT}). */
    public List<TrainingRecord> between(LocalDate from, LocalDate to, String managerId) {
        Map<String, String> names = readModel.managers().stream()
                .collect(Collectors.toMap(AssessmentReadModel.Manager::managerId, AssessmentReadModel.Manager::name, (a, b) -> a));
        return store.between(from, to, managerId, LIMIT).stream().map(r -> record(r, names::get)).toList();
    }

    private static TrainingRecord record(Row r, Function<String, String> name) {
        return new TrainingRecord(r.id(), r.managerId(), name.apply(r.managerId()), r.course(), r.takenOn(), r.result(), r.score(), r.hours(),
                r.note(), r.recordedBy(), r.recordedAt());
    }

    private TrainingDraft.Checked checked(TrainingDraft draft, RetainUser by) {
        writer(by);
        TrainingDraft.Checked c = draft.check();
        if (!readModel.managerExists(c.managerId())) throw new AssessmentRefused("managerId", "assessment.training.refused.manager");
        return c;
    }

    /** The pages check the role first; the service says it again for any other caller. */
    private static void writer(RetainUser by) {
        switch (by.role()) {
            case SUPERVISOR, ADMIN -> { }
            default -> throw new org.springframework.security.access.AccessDeniedException("training records: supervisors and admins");
        }
    }
}
