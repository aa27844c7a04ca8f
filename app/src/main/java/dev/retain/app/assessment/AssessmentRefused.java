package dev.retain.app.assessment;

import dev.retain.app.core.Refusal;

/** An assessment or training-record request was refused: {@code field()} names the input at fault, {@code code()} says why. */
public class AssessmentRefused extends Refusal {

    public AssessmentRefused(String field, String messageKey, Object... args) {
        super(messageKey, field, args);
    }
}
