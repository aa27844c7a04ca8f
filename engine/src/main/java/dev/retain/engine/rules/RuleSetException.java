package dev.retain.engine.rules;

/** A rules file that cannot be used, with the rule and the reason named. */
public final class RuleSetException extends RuntimeException {

    private final String ruleId;

    public RuleSetException(String source, String ruleId, String message) {
        super(source + (ruleId == null ? "" : ": rule '" + ruleId + "'") + ": " + message);
        this.ruleId = ruleId;
    }

    /** The rule at fault, or null when the file as a whole is. */
    public String ruleId() {
        return ruleId;
    }
}
