package dev.retain.engine.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.rules.TaskKind;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC R4.2: one task per customer and month, merged reasons, kind, priority, due date, stable ids. */
class TaskPlannerTests {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    /** Three rules of falling priority whose playbooks have rising deadlines, and one that breaks the pattern. */
    private static final RuleSet RULES = new RuleSetLoader().load("planner-rules.yaml", new StringReader("""
            playbooks:
              fast: {due_days: 3, actions: [call_now, offer_gift]}
              medium: {due_days: 7, actions: [call_soon, offer_gift]}
              slow: {due_days: 15, actions: [send_card]}
              urgent_care: {due_days: 1, actions: [send_flowers]}
            rules:
              - {id: care_low, when: 'zone == "blue"', kind: care, priority: 10, playbook: slow}
              - {id: winback_top, when: 'zone == "white"', kind: winback, priority: 90, playbook: fast}
              - {id: retain_mid, when: 'has_prev', kind: retention, priority: 50, playbook: medium}
              - {id: care_urgent, when: 'sms > 100', kind: care, priority: 5, playbook: urgent_care}
            """));

    private final TaskPlanner planner = new TaskPlanner(RULES);

    private static long mask(String... ids) {
        long mask = 0;
        for (String id : ids) {
            int position = -1;
            for (int i = 0; i < RULES.rules().size(); i++) if (RULES.rules().get(i).id().equals(id)) position = i;
            assertThat(position).as("rule " + id).isNotNegative();
            mask |= 1L << position;
        }
        return mask;
    }

    @Test
    void noMatchingRuleNoTask() {
        assertThat(planner.plan(OCT, "13800000001", 0L, 10_000, "pm1")).isNull();
    }

    @Test
    void reasonsAreMergedHighestPriorityFirst() {
        RetentionTask t = planner.plan(OCT, "13800000001", mask("care_low", "winback_top", "retain_mid"), 10_000, "pm1");
        assertThat(t.reasons()).containsExactly("winback_top", "retain_mid", "care_low");
        assertThat(t.kind()).isEqualTo(TaskKind.WINBACK);
        assertThat(t.actions()).as("every playbook's actions, once each")
                .containsExactlyInAnyOrder("call_now", "offer_gift", "call_soon", "send_card");
        assertThat(t.msisdn()).isEqualTo("13800000001");
        assertThat(t.month()).isEqualTo(OCT);
        assertThat(t.managerId()).isEqualTo("pm1");
        assertThat(t.valueAtRiskFen()).isEqualTo(10_000);
    }

    @Test
    void theKindIsTheTopRulesKind() {
        assertThat(planner.plan(OCT, "1", mask("retain_mid", "care_low"), 0, null).kind()).isEqualTo(TaskKind.RETENTION);
        assertThat(planner.plan(OCT, "1", mask("care_low"), 0, null).kind()).isEqualTo(TaskKind.CARE);
        assertThat(planner.plan(OCT, "1", mask("care_low"), 0, null).managerId()).isNull();
    }

    @Test
    void dueTheFirstDayAfterTheMonthPlusThePlaybooksDays() {
        assertThat(planner.plan(OCT, "1", mask("winback_top"), 0, null).dueDate()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(planner.plan(OCT, "1", mask("retain_mid"), 0, null).dueDate()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(planner.plan(OCT, "1", mask("care_low"), 0, null).dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(planner.plan(YearMonth.of(2026, 12), "1", mask("winback_top"), 0, null).dueDate())
                .as("across the year end").isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(planner.plan(YearMonth.of(2028, 1), "1", mask("care_low"), 0, null).dueDate())
                .as("February of a leap year").isEqualTo(LocalDate.of(2028, 2, 16));
        assertThat(planner.plan(YearMonth.of(2028, 2), "1", mask("care_low"), 0, null).dueDate()).isEqualTo(LocalDate.of(2028, 3, 16));
    }

    @Test
    void aMergedTaskIsDueByItsMostUrgentReason() {
        // the top rule gives 7 days, a lower one 1 day: the task is due when its most urgent reason is
        RetentionTask t = planner.plan(OCT, "1", mask("retain_mid", "care_urgent"), 0, null);
        assertThat(t.kind()).isEqualTo(TaskKind.RETENTION);
        assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void idsAreDeterministicFromMonthAndMsisdn() {
        String id = TaskPlanner.taskId(OCT, "13800000001");
        assertThat(id).matches("T2026-10-[0-9a-f]{16}");
        assertThat(id).doesNotContain("13800000001").doesNotContain("0000001");
        assertThat(TaskPlanner.taskId(OCT, "13800000001")).isEqualTo(id);
        assertThat(planner.plan(OCT, "13800000001", mask("care_low"), 5, "x").id())
                .as("whatever the rules, value or manager").isEqualTo(id);
        assertThat(planner.plan(OCT, "13800000001", mask("winback_top", "retain_mid"), 99_999, null).id()).isEqualTo(id);
        assertThat(TaskPlanner.taskId(YearMonth.of(2026, 11), "13800000001")).isNotEqualTo(id).startsWith("T2026-11-");
        assertThat(TaskPlanner.taskId(OCT, "013800000001")).as("a leading zero is another number").isNotEqualTo(id);
        assertThat(TaskPlanner.taskId(OCT, "+8613800000001")).as("the same number written with +86").isEqualTo(id);
        assertThat(TaskPlanner.taskId(OCT, "+86013800000001")).isNotEqualTo(id);
    }

    @Test
    void idsDoNotCollideOverAProvince() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50_000; i++) ids.add(TaskPlanner.taskId(OCT, String.format("138%08d", i)));
        assertThat(ids).hasSize(50_000);
    }

    @Test
    void moreValueAtRiskSortsHigherUnderTheSameRule() {
        long low = planner.plan(OCT, "1", mask("retain_mid"), 10_000, null).priority();
        long high = planner.plan(OCT, "2", mask("retain_mid"), 90_000, null).priority();
        assertThat(high).isGreaterThan(low);
    }

    /**
     * data-formats.md, tasks.csv: priority = value at risk (CNY) weighted by the top rule's
     * priority (0–100 %), so SPEC R4.2's "priority by value at risk" decides first and the
     * rule's urgency scales it: a 1000 CNY care task outranks a 10 CNY winback, and at equal
     * value at risk the more urgent rule wins.
     */
    @Test
    void priorityIsValueAtRiskWeightedByTheTopRule() {
        long winbackSmall = planner.plan(OCT, "1", mask("winback_top"), 1_000, null).priority();          // 10.00 CNY × 90 %
        long careLarge = planner.plan(OCT, "2", mask("care_low"), 100_000, null).priority();               // 1000.00 CNY × 10 %
        assertThat(winbackSmall).isEqualTo(9);
        assertThat(careLarge).isEqualTo(100);

        long winbackSame = planner.plan(OCT, "3", mask("winback_top"), 50_000, null).priority();
        long careSame = planner.plan(OCT, "4", mask("care_low"), 50_000, null).priority();
        assertThat(winbackSame).as("at equal value at risk the more urgent rule wins").isGreaterThan(careSame);
    }
}
