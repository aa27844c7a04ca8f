package dev.retain.engine.rules;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

/** A user-configured warning rule: a CEL condition over {@link Facts}, with a kind, a priority and a playbook (SPEC R4.1). */
public record WarningRule(String id, String when, TaskKind kind, int priority, Playbook playbook, String descriptionZh,
                          String descriptionEn, CelRuntime.Program program) {

    public boolean matches(Facts facts) throws CelEvaluationException {
        return Boolean.TRUE.equals(program.eval(facts));
    }
}
