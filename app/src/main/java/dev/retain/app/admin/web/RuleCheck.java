package dev.retain.app.admin.web;

import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetException;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.StringReader;
import java.util.List;

/**
 * The engine's verdict on a rules text, with the rules laid out for the page: either the
 * loaded set, or the error and the rule it names (null when the file as a whole is at fault).
 */
record RuleCheck(List<RuleRow> rows, RuleSet ruleSet, String errorRuleId, String error) {

    static RuleCheck of(String yaml) {
        List<RuleRow> rows = RuleRow.of(yaml);
        try {
            return new RuleCheck(rows, new RuleSetLoader().load("rules", new StringReader(yaml)), null, null);
        } catch (RuleSetException e) {
            return failed(rows, e);
        }
    }

    static RuleCheck failed(List<RuleRow> rows, RuleSetException e) {
        return new RuleCheck(rows, null, e.ruleId(), e.getMessage());
    }

    public boolean valid() {
        return error == null;
    }

    /** True when the error names a rule that is in the table, so it is shown there and not above. */
    public boolean errorShownAtRule() {
        return errorRuleId != null && rows.stream().anyMatch(r -> r.isNamedBy(errorRuleId));
    }
}
