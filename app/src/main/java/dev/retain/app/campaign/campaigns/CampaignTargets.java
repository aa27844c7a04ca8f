package dev.retain.app.campaign.campaigns;

import dev.retain.app.segment.RuleFacts;
import dev.retain.engine.rules.FactCondition;
import dev.retain.engine.rules.FactConditionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whom a campaign's target rule matches: the rule is a CEL condition over the customers' rule facts of the newest month
 * the cycle stored ({@link RuleFacts}), the same facts the warning rules see; evaluated here without re-running the
 * cycle.
 */
@Component
class CampaignTargets {

    /** A matched customer and what orders them when the budget runs out. */
    record Target(String msisdn, BigDecimal valueAtRisk) {
    }

    private final RuleFacts facts;

    CampaignTargets(RuleFacts facts) {
        this.facts = facts;
    }

    /** The rule compiled and type-checked, or refused with CEL's own message at the field. */
    static FactCondition compiled(String rule) {
        if (rule == null || rule.isBlank()) throw new CampaignRefused("campaigns.error.target-rule-empty", "targetRule");
        if (rule.length() > 2000) throw new CampaignRefused("campaigns.error.target-rule-long", "targetRule");
        try {
            return FactCondition.compile(rule.strip());
        } catch (FactConditionException e) {
            throw new CampaignRefused("campaigns.error.target-rule", "targetRule", e.getMessage());
        }
    }

    Optional<YearMonth> newestMonth() {
        return facts.newestMonth();
    }

    /** Every customer of {@code month} the rule matches, highest value at risk first (then by number: a stable order). */
    List<Target> matching(FactCondition rule, YearMonth month) {
        List<Target> matched = new ArrayList<>();
        facts.forEach(month, f -> {
            if (rule.test(f.facts())) {
                matched.add(new Target(f.msisdn(), BigDecimal.valueOf(f.facts().valueAtRisk).setScale(2, RoundingMode.HALF_UP)));
            }
        });
        matched.sort(Comparator.comparing(Target::valueAtRisk).reversed().thenComparing(Target::msisdn));
        return matched;
    }
}
