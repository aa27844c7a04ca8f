package dev.retain.app.notify.template;

import java.util.List;
import java.util.stream.Collectors;

/** A template that failed its check at save: nothing was stored. */
public class TemplateRefusedException extends IllegalArgumentException {

    private final List<TemplateProblem> problems;

    public TemplateRefusedException(List<TemplateProblem> problems) {
        super(problems.stream().map(TemplateProblem::english).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
