package dev.retain.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.retain.app.RetainWebTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drawing a branch's round from the real tables, recording findings, and the results by manager and stratum. */
@RetainWebTest
class InspectionRoundsTests {

    @Autowired InspectionRounds rounds;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired InspectionDemo demo;

    @Test
    void aRoundDrawsProportionallyPerStratumOnlyCustomersWithAManagerAndTheSeedDrawsItAgain() {
        InspectionFixture f = new InspectionFixture(jdbc);
        long id = rounds.draw(new RoundDraft(f.region, f.branch, 8, 2, 4242L, "十二月组巡"), "t-supervisor");
        RoundView r = rounds.get(id);
        assertThat(r.population()).isEqualTo(19);
        assertThat(r.seed()).isEqualTo(4242L);
        // 8 of 19: exactly 2.53, 4.21 and 1.26 → 2, 4, 1; the one left to the largest remainder (gold/green); silver/red lifted to 2
        assertThat(rounds.strata(id)).extracting(StratumAllocation::tier, StratumAllocation::zone, StratumAllocation::size, StratumAllocation::drawn)
                .containsExactly(tuple("gold", "green", 6, 3), tuple("silver", "green", 10, 4), tuple("silver", "red", 3, 2));
        List<SampledCustomer> sample = rounds.sample(id);
        assertThat(sample).hasSize(9).allSatisfy(c -> assertThat(c.managerId()).isIn("INSP-M1", "INSP-M2"));
        assertThat(sample).allSatisfy(c -> assertThat(c.maskedMsisdn()).contains("****"));

        long again = rounds.draw(new RoundDraft(f.region, f.branch, 8, 2, 4242L, null), "t-supervisor");
        assertThat(rounds.sample(again)).extracting(SampledCustomer::customerKey)
                .containsExactlyElementsOf(sample.stream().map(SampledCustomer::customerKey).toList());

        // without a seed the round gets one, shown and stored
        long fresh = rounds.draw(new RoundDraft(f.region, f.branch, 8, 2, null, null), "t-supervisor");
        assertThat(rounds.get(fresh).seed()).isPositive();
    }

    @Test
    void findingsAreRecordedAndCountedByManagerAndStratum() {
        InspectionFixture f = new InspectionFixture(jdbc);
        long id = rounds.draw(new RoundDraft(f.region, f.branch, 19, 0, 7L, null), "t-supervisor");
        List<SampledCustomer> sample = rounds.sample(id);
        assertThat(sample).hasSize(19);
        LocalDate today = LocalDate.now(clock);
        List<SampledCustomer> m1 = sample.stream().filter(c -> c.managerId().equals("INSP-M1")).toList();
        SampledCustomer m2 = sample.stream().filter(c -> c.managerId().equals("INSP-M2")).findFirst().orElseThrow();

        rounds.record(id, m1.get(0).customerKey(), new FindingDraft("visit", today, true, null, true, true, "一切正常"), "t-supervisor");
        rounds.record(id, m1.get(1).customerKey(), new FindingDraft("call", today, false, "地址错误", true, true, null), "t-supervisor");
        rounds.record(id, m2.customerKey(), new FindingDraft("call", today, true, null, false, true, "不认识经理"), "t-supervisor");
        // recorded again: the finding is replaced, not added
        rounds.record(id, m2.customerKey(), new FindingDraft("visit", today, true, null, false, false, "不认识经理，半年无联系"), "t-supervisor");

        InspectionResults results = rounds.results(id);
        assertThat(results.overall()).extracting(Shares::sampled, Shares::inspected, Shares::profileCorrect, Shares::knowsManager, Shares::serviceReceived)
                .containsExactly(19, 3, 2, 2, 2);
        assertThat(results.byManager()).extracting(Shares::key, Shares::label, Shares::inspected, Shares::profileCorrect, Shares::knowsManager,
                        Shares::serviceReceived)
                .containsExactly(tuple("INSP-M1", "巡检经理甲", 2, 1, 2, 2), tuple("INSP-M2", "巡检经理乙", 1, 1, 0, 0));
        assertThat(results.byManager().get(0).profileCorrectShare()).isEqualTo(50.0);
        assertThat(results.byManager().get(1).knowsManagerShare()).isEqualTo(0.0);
        assertThat(results.byStratum()).extracting(Shares::key, Shares::sampled).containsExactly(tuple("gold/green", 6),
                tuple("silver/green", 10), tuple("silver/red", 3));
        assertThat(results.byStratum().stream().mapToInt(Shares::inspected).sum()).isEqualTo(3);
        assertThat(results.problems()).extracting(SampledCustomer::customerKey)
                .containsExactlyInAnyOrder(m1.get(1).customerKey(), m2.customerKey());
        SampledCustomer wrongProfile = results.problems().stream().filter(c -> c.customerKey().equals(m1.get(1).customerKey())).findFirst().orElseThrow();
        assertThat(wrongProfile.finding().profileIssue()).isEqualTo("地址错误");
        assertThat(rounds.get(id).inspected()).isEqualTo(3);
    }

    @Test
    void refusalsNameTheirField() {
        InspectionFixture f = new InspectionFixture(jdbc);
        long id = rounds.draw(new RoundDraft(f.region, f.branch, 3, 1, 9L, null), "t-supervisor");
        UUID key = rounds.sample(id).get(0).customerKey();
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> rounds.record(id, key, new FindingDraft("visit", today, false, " ", true, true, null), "t-supervisor"))
                .isInstanceOf(InspectionRefused.class).extracting("field").isEqualTo("profileIssue");
        assertThatThrownBy(() -> rounds.record(id, UUID.randomUUID(), new FindingDraft("visit", today, true, null, true, true, null), "t-supervisor"))
                .isInstanceOf(InspectionRefused.class).extracting("field").isEqualTo("customer");
        assertThatThrownBy(() -> rounds.record(id, key, new FindingDraft("visit", today.plusDays(1), true, null, true, true, null), "t-supervisor"))
                .isInstanceOf(InspectionRefused.class).extracting("field").isEqualTo("foundOn");
        assertThatThrownBy(() -> rounds.record(id, key, new FindingDraft("mail", today, true, null, true, true, null), "t-supervisor"))
                .isInstanceOf(InspectionRefused.class).extracting("field").isEqualTo("method");
        assertThatThrownBy(() -> rounds.draw(new RoundDraft(f.region, "t-insp-nobody", 3, 1, 9L, null), "t-supervisor"))
                .isInstanceOf(InspectionRefused.class).extracting("code").isEqualTo("inspection.error.empty-branch");
        assertThatThrownBy(() -> rounds.draw(new RoundDraft(f.region, f.branch, 0, 1, 9L, null), "t-supervisor"))
                .isInstanceOf(InspectionRefused.class).extracting("field").isEqualTo("sampleSize");
        assertThat(jdbc.sql("select count(*) from inspection_finding where round_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void theDemoDrawsOneRoundWithSomeFindingsOnce() {
        new InspectionFixture(jdbc); // a branch to draw from, whatever else the shared database holds
        InspectionDemo.DemoRound round = demo.seed().orElseThrow();
        assertThat(round.seed()).isEqualTo(InspectionDemo.SEED);
        assertThat(round.drawn()).isPositive();
        assertThat(round.inspected()).isEqualTo(Math.min(8, round.drawn()));
        assertThat(demo.seed().orElseThrow().id()).isEqualTo(round.id());
        if (round.inspected() >= 2) assertThat(rounds.results(round.id()).problems()).isNotEmpty();
    }
}
