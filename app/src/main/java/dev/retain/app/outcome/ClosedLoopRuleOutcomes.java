package dev.retain.app.outcome;

import dev.retain.app.admin.RuleOutcomes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The closed loop per warning rule, as the rules editor asks for it. */
@Component
class ClosedLoopRuleOutcomes implements RuleOutcomes {

    private final ClosedLoop closedLoop;

    ClosedLoopRuleOutcomes(ClosedLoop closedLoop) {
        this.closedLoop = closedLoop;
    }

    @Override
    public Map<String, RuleOutcome> byRule(int months) {
        Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
        closedLoop.byRule(months).forEach((rule, rate) ->
                outcomes.put(rule, new RuleOutcome(rate.measured(), rate.activeShare(), rate.betterShare(), rate.pending())));
        return outcomes;
    }
}
