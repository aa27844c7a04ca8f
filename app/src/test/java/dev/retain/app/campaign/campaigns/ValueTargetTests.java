package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.segment.RuleFactsFixture;
import dev.retain.engine.rules.Facts;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A campaign's target rule may ask for value grading's facts: it selects exactly the customers they describe. MSISDNs 137960xxxxx. */
@RetainWebTest
class ValueTargetTests {

    private static final YearMonth MONTH = YearMonth.of(2091, 6);

    @Autowired CampaignTargets targets;
    @Autowired JdbcClient jdbc;

    private static Facts graded(int r, int f, int m, String grade, double clv) {
        Facts facts = new Facts();
        facts.zone = "yellow";
        facts.rfmR = r;
        facts.rfmF = f;
        facts.rfmM = m;
        facts.rfm = "" + r + f + m;
        facts.valueGrade = grade;
        facts.clv = clv;
        facts.valueAtRisk = clv / 10;
        return facts;
    }

    @Test
    void lifetimeValueAndRecencySelectTheValuableCustomersWhoAreSlippingAway() {
        RuleFactsFixture plant = new RuleFactsFixture(jdbc);
        plant.put(MONTH, "13796000101", graded(2, 5, 5, "important_keep", 5200.50)); // valuable, not recent: the one
        plant.put(MONTH, "13796000102", graded(5, 5, 5, "important_value", 8800.00)); // valuable but recent
        plant.put(MONTH, "13796000103", graded(1, 1, 2, "general_retain", 120.00));   // not recent, little value
        plant.put(MONTH, "13796000104", graded(2, 4, 4, "important_keep", 3000.00));  // exactly 3000 is not above it
        plant.put(MONTH, "13796000105", graded(1, 2, 5, "important_retain", 3000.01));

        assertThat(targets.matching(CampaignTargets.compiled("clv > 3000.0 && rfm_r <= 2"), MONTH))
                .extracting(CampaignTargets.Target::msisdn).containsExactly("13796000101", "13796000105");
        assertThat(targets.matching(CampaignTargets.compiled("value_grade == 'important_keep'"), MONTH))
                .extracting(CampaignTargets.Target::msisdn).containsExactly("13796000101", "13796000104");
        assertThat(targets.matching(CampaignTargets.compiled("rfm == '555' || rfm_m <= 2"), MONTH))
                .extracting(CampaignTargets.Target::msisdn).containsExactly("13796000102", "13796000103");
    }
}
