package dev.retain.engine.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003's staff and cost estimate (成本评估) reproduced from its own inputs, and where its two cost tables disagree. */
class VisitStaffingAndCostTests {

    @Test
    void twentyThreeVisitsADayAtUpToSixEachNeedFourVisitorsPlusTwoForFollowUp() {
        VisitStaffing pilot = VisitStaffing.pilot(6 + 17); // 6 VIP + 17 repeat and clustered complaints a day
        assertThat(pilot.visitors()).isEqualTo(4);
        assertThat(pilot.people()).isEqualTo(6);
        // "每人每天可以面见4-6名客户": 8 h at 1.5 h a visit
        assertThat(pilot.visitsPerVisitorByHours()).isBetween(4.0, 6.0);
        assertThat(VisitStaffing.pilot(24).visitors()).isEqualTo(4);
        assertThat(VisitStaffing.pilot(25).visitors()).isEqualTo(5);
        assertThat(VisitStaffing.pilot(0).people()).isEqualTo(2);
    }

    @Test
    void aBranchOfSixCosts59122point2AMonthFromItsCostLines() {
        MonthlyCost branch = MonthlyCost.pilotBranch(VisitStaffing.pilot(23).people());
        assertThat(branch.subtotal()).isEqualByComparingTo("46700");
        assertThat(branch.total()).isEqualByComparingTo("59122.20");
    }

    @Test
    void theSeedLabelsAllFourBlocksAsLabourAndItsTwoTablesDisagree() {
        MonthlyCost branch = MonthlyCost.pilotBranch(6);
        BigDecimal labour = branch.lines().stream().limit(6).map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        // "人工费用(6人)总计:46700元" — the six people cost 39,000; 46,700 also holds car, gifts and leaflets
        assertThat(labour).isEqualByComparingTo("39000");
        assertThat(labour.add(new BigDecimal("5600")).add(new BigDecimal("1200")).add(new BigDecimal("900"))).isEqualByComparingTo("46700");

        // The region-wide table (four branches of 6 + 3 at the support centre = 27 people, "总费用14万元"):
        // 2,000 a person against the branch table's 6,500, no tax, and 16 visitors' transport, phones and test handsets.
        MonthlyCost region = new MonthlyCost(List.of(
                CostLine.of("labour", "27", "2000"), CostLine.of("gifts", "10", "350"), CostLine.of("transport", "16", "1000"),
                CostLine.of("leaflets", "4", "500"), CostLine.of("phone", "48", "200"), CostLine.of("test_handsets", "16", "2000")),
                new BigDecimal("0.20"), BigDecimal.ZERO);
        assertThat(region.subtotal()).isEqualByComparingTo("117100");
        assertThat(region.total()).isEqualByComparingTo("140520.00"); // ≈ 14万
        // The branch table's "每个分部每月实际成本需求约6万,月总费用在24万以上": four branches come to 236,488.80 — under
        // 240,000, and without the 3 support-centre people the region table counts; either way far above its 14万.
        BigDecimal fourBranches = branch.total().multiply(BigDecimal.valueOf(4));
        assertThat(fourBranches).isEqualByComparingTo("236488.80").isLessThan(new BigDecimal("240000"));
        assertThat(fourBranches.subtract(region.total())).isGreaterThan(new BigDecimal("95000"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new VisitStaffing(10, 0, 2, 1.5, 8)).hasMessageContaining("maxVisitsPerVisitor");
        assertThatThrownBy(() -> CostLine.of("gifts", "-1", "15")).hasMessageContaining("gifts").hasMessageContaining("quantity");
    }
}
