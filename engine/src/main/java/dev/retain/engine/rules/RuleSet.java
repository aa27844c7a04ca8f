package dev.retain.engine.rules;

import dev.cel.runtime.CelEvaluationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The loaded warning rules, highest priority first. Evaluation returns the matching rules'
 * positions as a bit mask; a rule whose evaluation fails for a subscriber counts as not
 * matching and the failure is counted per rule for the summary.
 */
public final class RuleSet {

    private final String source;
    private final List<WarningRule> rules;
    private final Map<String, Playbook> playbooks;
    private final AtomicLongArray errors;

    RuleSet(String source, List<WarningRule> rules, Map<String, Playbook> playbooks) {
        if (rules.size() > 63) throw new RuleSetException(source, null, "at most 63 rules are supported, found " + rules.size());
        this.source = source;
        this.rules = rules.stream()
                .sorted(java.util.Comparator.comparingInt(WarningRule::priority).reversed().thenComparing(WarningRule::id))
                .toList();
        this.playbooks = Map.copyOf(playbooks);
        this.errors = new AtomicLongArray(this.rules.size());
    }

    public long evaluate(Facts facts) {
        long mask = 0;
        for (int r = 0; r < rules.size(); r++) {
            try {
                if (rules.get(r).matches(facts)) mask |= 1L << r;
            } catch (CelEvaluationException e) {
                errors.incrementAndGet(r);
            }
        }
        return mask;
    }

    /** Rules in priority order; bit {@code r} of a mask is {@code rules().get(r)}. */
    public List<WarningRule> rules() {
        return rules;
    }

    public Collection<Playbook> playbooks() {
        return playbooks.values();
    }

    public String source() {
        return source;
    }

    public long errors(int rule) {
        return errors.get(rule);
    }
}
