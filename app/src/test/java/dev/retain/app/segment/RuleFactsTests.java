package dev.retain.app.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.engine.rules.FactCondition;
import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.Facts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A customer's facts come back as they were stored, for every fact name, and a condition reads them. */
@RetainWebTest
class RuleFactsTests {

    private static final YearMonth OLDER = YearMonth.of(2096, 1);
    private static final YearMonth NEWER = YearMonth.of(2096, 2);

    @Autowired JdbcClient jdbc;
    @Autowired RuleFacts facts;

    private static Facts distinctValues() {
        Facts f = new Facts();
        f.zone = "yellow";
        f.previousZone = "green";
        f.tier = "gold";
        f.brand = "gotone";
        f.region = "hangzhou";
        f.state = "active";
        f.highValue = true;
        f.hasPrev = true;
        f.bill = 101.5;
        f.billPrev = 202.25;
        f.billChangePct = -49.814585;
        f.mou = 301;
        f.mouPrev = 402;
        f.mouChangePct = -25.124378;
        f.dataMb = 5003.5;
        f.dataChangePct = 6.5;
        f.sms = 7;
        f.tenureMonths = 38;
        f.hasContract = true;
        f.monthsToContractEnd = 2;
        f.minCommit = 88;
        f.points = 9_001;
        f.daysToPointsExpiry = 40;
        f.inGroup = true;
        f.profileGaps = 3;
        f.competitorShare = 0.35;
        f.maxCompetitorPeerCalls = 14;
        f.complaints1m = 1;
        f.complaints3m = 2;
        f.churnScore = 0.625;
        f.valueAtRisk = 190.3125;
        f.rfmR = 2;
        f.rfmF = 4;
        f.rfmM = 5;
        f.rfm = "245";
        f.valueGrade = "important_keep";
        f.clv = 3456.78;
        return f;
    }

    @Test
    void everyFactComesBackAsStoredFromTheCustomersNewestMonth() {
        RuleFactsFixture fixture = new RuleFactsFixture(jdbc);
        Facts older = distinctValues();
        older.zone = "green";
        fixture.put(OLDER, "13793290001", older);
        fixture.put(NEWER, "+8613793290001", distinctValues());

        RuleFacts.MonthFacts found = facts.of("13793290001").orElseThrow();

        assertThat(found.month()).isEqualTo(NEWER);
        assertThat(found.msisdn()).isEqualTo("13793290001");
        for (String name : FactNames.TYPES.keySet()) {
            assertThat(found.facts().value(name)).as(name).isEqualTo(distinctValues().value(name));
        }
        assertThat(FactCondition.compile("zone == 'yellow' && competitor_share > 0.3 && in_group").test(found.facts())).isTrue();
        assertThat(facts.of("13793299999")).isEmpty();
    }

    @Test
    void aMonthIsStreamedInNumberOrder() {
        RuleFactsFixture fixture = new RuleFactsFixture(jdbc);
        YearMonth month = YearMonth.of(2096, 3);
        for (String m : List.of("13793290013", "13793290011", "13793290012")) fixture.put(month, m, distinctValues());

        List<String> seen = new ArrayList<>();
        facts.forEach(month, f -> seen.add(f.msisdn()));

        assertThat(seen).containsExactly("13793290011", "13793290012", "13793290013");
    }
}
