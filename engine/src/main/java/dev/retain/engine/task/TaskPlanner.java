package dev.retain.engine.task;

import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.WarningRule;
import dev.retain.engine.value.Msisdn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the rules a customer matched into their one task for the month: the kind of the
 * highest-priority rule, every matching rule as a reason, priority = value at risk weighted
 * by that rule's priority, due the first day after the month plus the shortest playbook
 * deadline. The id is derived from month and the canonical MSISDN, so a re-run gives the same
 * ids whichever form ({@code +86…} or national) the export wrote the number in.
 */
public final class TaskPlanner {

    private final RuleSet rules;

    public TaskPlanner(RuleSet rules) {
        this.rules = rules;
    }

    /** Null when no rule matched. */
    public RetentionTask plan(YearMonth month, String msisdn, long ruleMask, long valueAtRiskFen, String managerId) {
        if (ruleMask == 0) return null;
        List<WarningRule> all = rules.rules();
        WarningRule top = null;
        List<String> reasons = new ArrayList<>(Long.bitCount(ruleMask));
        Set<String> actions = new LinkedHashSet<>();
        int dueDays = Integer.MAX_VALUE;
        for (int r = 0; r < all.size(); r++) {
            if ((ruleMask & (1L << r)) == 0) continue;
            WarningRule rule = all.get(r);
            if (top == null) top = rule; // rules are held highest priority first
            reasons.add(rule.id());
            actions.addAll(rule.playbook().actions());
            dueDays = Math.min(dueDays, rule.playbook().dueDays());
        }
        long priority = Math.round(valueAtRiskFen / 100.0 * top.priority() / 100.0);
        LocalDate due = month.plusMonths(1).atDay(1).plusDays(dueDays);
        return new RetentionTask(taskId(month, msisdn), msisdn, month, top.kind(), List.copyOf(reasons), priority,
                valueAtRiskFen, due, managerId, List.copyOf(actions));
    }

    /**
     * "T2026-10-" + 16 hex digits of SHA-256(month, canonical MSISDN): stable across re-runs and
     * across the two forms of one number, reveals no number.
     */
    public static String taskId(YearMonth month, String msisdn) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((month + "|" + Msisdn.canonical(msisdn)).getBytes(StandardCharsets.UTF_8));
            return "T" + month + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
