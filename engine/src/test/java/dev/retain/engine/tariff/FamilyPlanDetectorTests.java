package dev.retain.engine.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.tariff.FamilyPlanDetector.Thresholds;
import dev.retain.engine.value.PeerOperator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Family-plan candidates: other-operator numbers called often enough in each of the last months. */
class FamilyPlanDetectorTests {

    static final YearMonth SEP = YearMonth.of(2026, 9);
    static final YearMonth AUG = YearMonth.of(2026, 8);
    static final YearMonth JUL = YearMonth.of(2026, 7);

    @Test
    void anOtherOperatorNumberCalledTenTimesInEachOfTwoMonths() {
        List<PeerMonth> peers = List.of(
                new PeerMonth(AUG, "18600000001", PeerOperator.UNICOM, 10),
                new PeerMonth(SEP, "+8618600000001", PeerOperator.UNICOM, 14),     // the same number in its other form
                new PeerMonth(AUG, "13300000002", PeerOperator.TELECOM, 30),
                new PeerMonth(SEP, "13300000002", PeerOperator.TELECOM, 9),        // one call short in September
                new PeerMonth(AUG, "13900000003", PeerOperator.CMCC, 50),          // our own network
                new PeerMonth(SEP, "13900000003", PeerOperator.CMCC, 50),
                new PeerMonth(JUL, "17000000004", PeerOperator.OTHER, 40),         // outside the two months
                new PeerMonth(SEP, "17000000004", PeerOperator.OTHER, 40));
        List<FamilyCandidate> c = FamilyPlanDetector.candidates(LocalDate.of(2020, 1, 15), SEP, peers, Thresholds.DEFAULT);
        assertThat(c).containsExactly(new FamilyCandidate("18600000001", "unicom", 24, 2));
    }

    @Test
    void tenureOfTwelveMonthsAtTheMonthsEnd() {
        List<PeerMonth> peers = List.of(new PeerMonth(AUG, "18600000001", PeerOperator.UNICOM, 20),
                new PeerMonth(SEP, "18600000001", PeerOperator.UNICOM, 20));
        // 2025-09-30 → 2026-09-30: 12 months
        assertThat(FamilyPlanDetector.candidates(LocalDate.of(2025, 9, 30), SEP, peers, Thresholds.DEFAULT)).hasSize(1);
        // 2025-10-01 → 2026-09-30: 11 months
        assertThat(FamilyPlanDetector.candidates(LocalDate.of(2025, 10, 1), SEP, peers, Thresholds.DEFAULT)).isEmpty();
        assertThat(FamilyPlanDetector.candidates(null, SEP, peers, Thresholds.DEFAULT)).isEmpty();
    }

    @Test
    void theParametersMoveTheBar() {
        List<PeerMonth> peers = List.of(new PeerMonth(JUL, "18600000001", PeerOperator.UNICOM, 5),
                new PeerMonth(AUG, "18600000001", PeerOperator.UNICOM, 5),
                new PeerMonth(SEP, "18600000001", PeerOperator.UNICOM, 5),
                new PeerMonth(SEP, "18600000009", PeerOperator.TELECOM, 8));
        LocalDate joined = LocalDate.of(2010, 1, 1);
        assertThat(FamilyPlanDetector.candidates(joined, SEP, peers, new Thresholds(5, 3, 12)))
                .containsExactly(new FamilyCandidate("18600000001", "unicom", 15, 3));
        assertThat(FamilyPlanDetector.candidates(joined, SEP, peers, new Thresholds(5, 1, 12)))
                .extracting(FamilyCandidate::peer).containsExactly("18600000009", "18600000001");
        assertThat(FamilyPlanDetector.candidates(joined, SEP, peers, new Thresholds(6, 3, 12))).isEmpty();
    }
}
