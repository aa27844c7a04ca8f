package dev.retain.engine.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 003's target groups: VIP, repeat, clustered, escalation risk; everyone else is not offered for a visit. */
class VisitCandidatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static OpenComplaint complaint(long id, String msisdn, String tier, String branch, String category) {
        return new OpenComplaint(id, msisdn, tier, "xian", branch, category, 0, null, "regular", "general", TODAY.minusDays(1));
    }

    @Test
    void eachCriterionPicksItsCustomerWithTheReasonAndAnOrdinaryComplaintIsLeftOut() {
        OpenComplaint vip = complaint(1, "13800000001", "gold", "b1", "signal");
        OpenComplaint repeat = new OpenComplaint(2, "13800000002", "none", "xian", "b1", "billing", 2, null, "regular", "general", TODAY.minusDays(1));
        OpenComplaint area = new OpenComplaint(3, "13800000003", "silver", "xian", "b2", "signal", 0, 77L, null, null, TODAY);
        OpenComplaint agitated = new OpenComplaint(4, "13800000004", "none", "xian", "b3", "fee", 0, null, "regular", "agitated", TODAY);
        OpenComplaint old = new OpenComplaint(5, "13800000005", "none", "xian", "b4", "fee", 0, null, "regular", "general", TODAY.minusDays(9));
        OpenComplaint ordinary = complaint(6, "13800000006", "silver", "b5", "fee");

        List<VisitCandidate> picked = VisitCandidates.defaults().pick(List.of(vip, repeat, area, agitated, old, ordinary), TODAY);

        assertThat(picked).extracting(c -> c.complaint().msisdn())
                .containsExactlyInAnyOrder("13800000001", "13800000002", "13800000003", "13800000004", "13800000005");
        assertThat(reasonsOf(picked, "13800000001")).containsExactly(VisitReason.VIP);
        assertThat(reasonsOf(picked, "13800000002")).containsExactly(VisitReason.REPEAT);
        assertThat(reasonsOf(picked, "13800000003")).containsExactly(VisitReason.CLUSTERED);
        assertThat(reasonsOf(picked, "13800000004")).containsExactly(VisitReason.ESCALATION);
        assertThat(reasonsOf(picked, "13800000005")).containsExactly(VisitReason.ESCALATION);
    }

    @Test
    void threeOpenComplaintsOfOneBranchAndProblemAreAClusterAndACustomerIsListedOnceWithAllReasons() {
        List<OpenComplaint> open = List.of(complaint(10, "13900000001", "none", "b9", "signal"),
                complaint(11, "13900000002", "none", "b9", "signal"),
                new OpenComplaint(12, "13900000003", "diamond", "xian", "b9", "signal", 0, null, "must_solve", null, TODAY),
                complaint(13, "13900000003", "diamond", "b8", "billing"));

        List<VisitCandidate> picked = VisitCandidates.defaults().pick(open, TODAY);

        assertThat(picked).hasSize(3);
        VisitCandidate first = picked.get(0);
        assertThat(first.complaint().msisdn()).as("most reasons first").isEqualTo("13900000003");
        assertThat(first.reasons()).containsExactlyInAnyOrder(VisitReason.VIP, VisitReason.REPEAT, VisitReason.CLUSTERED, VisitReason.ESCALATION);
        assertThat(first.complaintIds()).containsExactly(12L, 13L);
        assertThat(reasonsOf(picked, "13900000001")).containsExactly(VisitReason.CLUSTERED);
    }

    private static java.util.Set<VisitReason> reasonsOf(List<VisitCandidate> picked, String msisdn) {
        return picked.stream().filter(c -> c.complaint().msisdn().equals(msisdn)).findFirst().orElseThrow().reasons();
    }
}
