package dev.retain.app.assignment;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.assignment.ReassignmentRefused.Field;
import dev.retain.app.assignment.internal.AssignmentStore;
import dev.retain.app.assignment.internal.DepartingCustomersReadModel;
import dev.retain.app.assignment.internal.ManagerLoadReadModel;
import dev.retain.app.customer.Managers;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual changes to who serves a customer (R3.3): one customer to a named manager, or all
 * customers of a manager who leaves. Every change is written to the history and the audit
 * log, and announced with {@link CustomerReassigned} so the customer's open tasks follow.
 */
@Service
public class Assignments {

    public static final String AUDIT_ACTION = "reassign";
    static final String MANUAL = "manual";
    static final String MANAGER_LEFT = "manager_left";

    private final AssignmentStore store;
    private final ManagerLoadReadModel loads;
    private final DepartingCustomersReadModel departing;
    private final Managers managers;
    private final RetentionSettings settings;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    Assignments(AssignmentStore store, ManagerLoadReadModel loads, DepartingCustomersReadModel departing, Managers managers,
                RetentionSettings settings, AuditLog auditLog, ApplicationEventPublisher events) {
        this.store = store;
        this.loads = loads;
        this.departing = departing;
        this.managers = managers;
        this.settings = settings;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Manager capacity as the settings in force define it: the one definition every page uses. */
    public ManagerCapacity capacity() {
        return ManagerCapacity.of(settings.cycleSettings());
    }

    /** Moves one customer to an active manager of the right role with room. */
    @Transactional
    public Reassignment reassign(String msisdn, String toManagerId, RetainUser by) {
        String number = msisdn == null ? "" : msisdn.trim();
        String targetId = toManagerId == null ? "" : toManagerId.trim();
        // manager row before assignment row, the order a departure locks them in: the two never deadlock
        boolean targetExists = managers.lock(targetId);
        CurrentAssignment current = store.lockAssignment(number)
                .orElseThrow(() -> new ReassignmentRefused(Field.msisdn, "assignment.error.unknown-msisdn", number));
        // read after the lock: a concurrent reassignment to the same manager has committed by now
        ManagerLoad target = (targetExists ? loads.manager(targetId, capacity()) : Optional.<ManagerLoad>empty())
                .orElseThrow(() -> new ReassignmentRefused(Field.managerId, "assignment.error.unknown-manager", targetId));
        if (!target.active()) throw new ReassignmentRefused(Field.managerId, "assignment.error.inactive-manager", targetId);
        if (!target.role().equals(current.role())) throw new ReassignmentRefused(Field.managerId, "assignment.error.wrong-role", targetId);
        if (targetId.equals(current.managerId())) throw new ReassignmentRefused(Field.managerId, "assignment.error.same-manager", targetId);
        if (!target.hasRoom()) throw new ReassignmentRefused(Field.managerId, "assignment.error.over-capacity", targetId);
        return move(current, targetId, MANUAL, by);
    }

    /**
     * A manager leaves: each of their customers goes to the least-loaded active colleague of
     * the same role and region, never over capacity; those who do not fit stay unassigned.
     * The manager is marked inactive so the next cycle does not route to them either.
     */
    @Transactional
    public Departure reassignAllOf(String departingManagerId, RetainUser by) {
        String id = departingManagerId == null ? "" : departingManagerId.trim();
        ManagerCapacity capacity = capacity();
        ManagerLoad leaving = (managers.lock(id) ? loads.manager(id, capacity) : Optional.<ManagerLoad>empty())
                .orElseThrow(() -> new ReassignmentRefused(Field.managerId, "assignment.error.unknown-manager", id));
        managers.lockActive(leaving.role(), leaving.region());
        PriorityQueue<Slot> colleagues = new PriorityQueue<>(Comparator.comparingDouble(Slot::fill).thenComparing(s -> s.id));
        for (ManagerLoad m : loads.activeManagers(leaving.role(), leaving.region(), capacity)) {
            if (!m.managerId().equals(id) && m.hasRoom()) colleagues.add(new Slot(m.managerId(), m.load(), m.capacity()));
        }
        List<Reassignment> moved = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (CurrentAssignment customer : departing.customersOf(id)) {
            Slot slot = colleagues.poll();
            if (slot == null) {
                move(customer, null, MANAGER_LEFT, by);
                unassigned.add(customer.msisdn());
                continue;
            }
            moved.add(move(customer, slot.id, MANAGER_LEFT, by));
            slot.load++;
            if (slot.load < slot.capacity) colleagues.add(slot);
        }
        managers.deactivate(id);
        auditLog.record(by, "manager_left", id, "moved " + moved.size() + ", unassigned " + unassigned.size());
        return new Departure(id, List.copyOf(moved), List.copyOf(unassigned));
    }

    public Optional<CurrentAssignment> assignmentOf(String msisdn) {
        return store.assignment(msisdn == null ? "" : msisdn.trim());
    }

    /** Whether the customer with this number is assigned to this manager now (a manager's own customer, R14.2). */
    public boolean managedBy(String msisdn, String managerId) {
        return managerId != null && assignmentOf(msisdn).map(a -> a.managerId().equals(managerId)).orElse(false);
    }

    public List<ManagerLoad> activeManagers(String role) {
        return loads.activeManagers(role, null, capacity());
    }

    /** Every manager, active first, with load and capacity. */
    public List<ManagerLoad> managers() {
        return loads.allManagers(capacity());
    }

    public Optional<ManagerLoad> manager(String managerId) {
        return loads.manager(managerId, capacity());
    }

    public List<HistoryEntry> historyOf(String msisdn) {
        return store.historyOf(msisdn == null ? "" : msisdn.trim());
    }

    public List<HistoryEntry> recentHistory(int limit) {
        return store.recentHistory(limit);
    }

    private Reassignment move(CurrentAssignment from, String toManagerId, String historyReason, RetainUser by) {
        // the row's reason says a person decided; the history says why (manual or manager_left)
        String rowReason = toManagerId == null ? "unassigned_no_capacity" : MANUAL;
        store.setManager(from.msisdn(), toManagerId, rowReason, by.username());
        store.writeHistory(from, toManagerId, historyReason, by.username());
        auditLog.record(by, AUDIT_ACTION, from.msisdn(), arrow(from.managerId()) + "→" + arrow(toManagerId));
        events.publishEvent(new CustomerReassigned(from.msisdn(), from.managerId(), toManagerId));
        return new Reassignment(from.msisdn(), from.managerId(), toManagerId);
    }

    private static String arrow(String managerId) {
        return managerId == null ? "-" : managerId;
    }

    /** A colleague's remaining room while a departure is being spread. */
    private static final class Slot {
        final String id;
        long load;
        final long capacity;

        Slot(String id, long load, long capacity) {
            this.id = id;
            this.load = load;
            this.capacity = capacity;
        }

        double fill() {
            return (double) load / capacity;
        }
    }
}
