package dev.retain.app.outcome;

import dev.retain.app.outcome.internal.ClosedLoopMonths;
import dev.retain.app.outcome.internal.ClosedLoopReadModel;
import dev.retain.app.outcome.internal.ClosedLoopReadModel.ContactGrouping;
import dev.retain.app.outcome.internal.ClosedLoopReadModel.TaskGrouping;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SPEC R4.5: was the customer still active and in a better zone the month after they were worked? Over the newest
 * work months whose next cycle has run ({@link ClosedLoopWindow}); a month still waiting for its next cycle is shown
 * as pending, never as lost.
 */
@Service
public class ClosedLoop {

    /** The most work months one report reads (a year). */
    public static final int MAX_MONTHS = 12;

    private final ClosedLoopReadModel readModel;
    private final ClosedLoopMonths measuredMonths;
    private final Clock clock;

    ClosedLoop(ClosedLoopReadModel readModel, ClosedLoopMonths measuredMonths, Clock clock) {
        this.readModel = readModel;
        this.measuredMonths = measuredMonths;
        this.clock = clock;
    }

    /** The newest {@code months} (1 … 12) task months whose next month has a cycle, and the newest one still waiting. */
    public ClosedLoopWindow window(int months) {
        int wanted = Math.max(1, Math.min(MAX_MONTHS, months));
        Set<YearMonth> cycled = new HashSet<>(readModel.cycledMonths());
        List<YearMonth> measured = new ArrayList<>();
        YearMonth pending = null;
        for (YearMonth m : readModel.taskMonths()) {
            if (cycled.contains(m.plusMonths(1))) {
                if (measured.size() < wanted) measured.add(m);
            } else if (measured.isEmpty() && pending == null) {
                pending = m;
            }
        }
        return new ClosedLoopWindow(List.copyOf(measured), pending);
    }

    @Transactional(readOnly = true)
    public ClosedLoopReport report(int months) {
        return report(window(months));
    }

    /** The report over a given window (the tests name their own months). */
    ClosedLoopReport report(ClosedLoopWindow window) {
        Map<String, OutcomeRate> byManager = tasks(window, TaskGrouping.MANAGER);
        Map<String, String> names = readModel.managerNames();
        List<GroupOutcome> managers = byManager.entrySet().stream()
                .map(e -> new GroupOutcome(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(Comparator.comparingLong((GroupOutcome g) -> g.rate().measured() + g.rate().pending()).reversed()
                        .thenComparing(GroupOutcome::key))
                .toList();
        OutcomeRate all = byManager.values().stream().reduce(OutcomeRate.NONE, OutcomeRate::plus);
        return new ClosedLoopReport(window, all, managers, tasks(window, TaskGrouping.RULE), tasks(window, TaskGrouping.FIRST_RULE),
                tasks(window, TaskGrouping.CONTACTED), contacts(window, ContactGrouping.OUTCOME), contacts(window, ContactGrouping.CHANNEL),
                offers(window), campaigns(window));
    }

    /** Each warning rule's tasks over the window, by rule id: what the rules editor shows beside a rule. */
    @Transactional(readOnly = true)
    public Map<String, OutcomeRate> byRule(int months) {
        return tasks(window(months), TaskGrouping.RULE);
    }

    /**
     * One work month's tasks by manager id (the manager assessment's retention measure); while the month's next cycle
     * has not run, every task counts as pending.
     */
    @Transactional(readOnly = true)
    public Map<String, OutcomeRate> byManager(YearMonth month) {
        boolean nextCycled = readModel.cycledMonths().contains(month.plusMonths(1));
        return tasksBy(month, nextCycled, TaskGrouping.MANAGER);
    }

    /** A work month's tasks one by one (at most {@code limit}, highest priority first), optionally of one manager. */
    @Transactional(readOnly = true)
    public List<TaskOutcome> tasks(YearMonth month, String managerId, int limit) {
        boolean nextCycled = readModel.cycledMonths().contains(month.plusMonths(1));
        return readModel.tasks(month, nextCycled, managerId, limit);
    }

    private Map<String, OutcomeRate> tasks(ClosedLoopWindow window, TaskGrouping grouping) {
        return over(window, (month, cycled) -> tasksBy(month, cycled, grouping));
    }

    /** A measured month's task figures are stored (outcome's aggregate); a pending month's counts are read live. */
    private Map<String, OutcomeRate> tasksBy(YearMonth month, boolean nextCycled, TaskGrouping grouping) {
        return nextCycled ? measuredMonths.measured(month, grouping) : readModel.tasksBy(month, false, grouping);
    }

    private List<GroupOutcome> offers(ClosedLoopWindow window) {
        Map<String, String[]> names = readModel.offerNames();
        return over(window, (month, cycled) -> readModel.offerAnswersBy(month, cycled, clock.getZone())).entrySet().stream()
                .map(e -> {
                    String[] name = names.get(e.getKey().substring(0, e.getKey().indexOf(':')));
                    return name == null ? new GroupOutcome(e.getKey(), e.getKey(), e.getValue())
                            : new GroupOutcome(e.getKey(), name[1], name[2], e.getValue());
                })
                .toList();
    }

    private List<GroupOutcome> campaigns(ClosedLoopWindow window) {
        Map<String, String> names = readModel.campaignNames();
        return over(window, readModel::campaignMembersBy).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new GroupOutcome(e.getKey(), names.getOrDefault(e.getKey().substring(0, e.getKey().indexOf(':')), e.getKey()), e.getValue()))
                .toList();
    }

    private Map<String, OutcomeRate> contacts(ClosedLoopWindow window, ContactGrouping grouping) {
        return over(window, (month, cycled) -> readModel.contactsBy(month, cycled, grouping, clock.getZone()));
    }

    /** The window's months summed per key, largest first; the pending month adds its counts as pending. */
    private static Map<String, OutcomeRate> over(ClosedLoopWindow window, BiFunction<YearMonth, Boolean, Map<String, OutcomeRate>> month) {
        Map<String, OutcomeRate> sum = new LinkedHashMap<>();
        for (YearMonth m : window.measured()) month.apply(m, true).forEach((k, v) -> sum.merge(k, v, OutcomeRate::plus));
        if (window.pending() != null) month.apply(window.pending(), false).forEach((k, v) -> sum.merge(k, v, OutcomeRate::plus));
        return sum.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, OutcomeRate> e) -> e.getValue().measured() + e.getValue().pending())
                        .reversed().thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
