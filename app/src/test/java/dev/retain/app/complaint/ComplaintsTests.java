package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The public intake: source class, place, repeats, the filter's proposal, idempotency, refusals. MSISDNs 1369713xxxx. */
@RetainWebTest
@RecordApplicationEvents
class ComplaintsTests {

    @Autowired Complaints complaints;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aComplaintIsTakenInWithItsSourceClassPlaceAndTheFiltersProposal() {
        String msisdn = "13697130001";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "diamond").bill(msisdn, "2026-09", 320);
        ComplaintView c = complaints.receive(new NewComplaint("ct-1", "+86" + msisdn, "hotline", "network_coverage",
                "家里信号差", Instant.parse("2026-10-01T02:00:00Z"), "t-handler"));
        assertThat(c.msisdn()).isEqualTo(msisdn);
        assertThat(c.sourceClass()).isEqualTo("hotline_hall");
        assertThat(c.state()).isEqualTo("intake");
        assertThat(c.region()).isEqualTo("hangzhou");
        assertThat(c.branch()).isEqualTo("xihu");
        assertThat(c.repeatCount()).isZero();
        assertThat(jdbc.sql("select proposed_priority from complaint where id = ?").param(c.id()).query(String.class).single())
                .isEqualTo("regular"); // ROI 25 + class 25 + area 7.5 = 57.5: just below must-solve
        assertThat(jdbc.sql("select filter_contributions->>'customer_class' from complaint where id = ?").param(c.id())
                .query(String.class).single()).isEqualTo("25.00");
        assertThat(complaints.find(c.id())).contains(c);
        assertThat(events.stream(ComplaintStateChanged.class).filter(e -> e.complaintId() == c.id()))
                .singleElement().satisfies(e -> assertThat(e.toState()).isEqualTo("intake"));
    }

    @Test
    void theSameExternalIdReturnsTheFirstComplaint() {
        String msisdn = "13697130002";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "none");
        ComplaintView first = complaints.receive(new NewComplaint("ct-2", msisdn, "api", "billing", "多扣费", null, "client:boss"));
        ComplaintView again = complaints.receive(new NewComplaint("ct-2", msisdn, "api", "billing", "又来一次", null, "client:boss"));
        assertThat(again).isEqualTo(first);
        assertThat(complaints.ofCustomer(msisdn)).hasSize(1);
    }

    @Test
    void earlierComplaintsOfTheSameCategoryInTheWindowMakeARepeatAndTheThirdMustBeSolved() {
        String msisdn = "13697130003";
        new ComplaintFixture(jdbc).subscriber(msisdn, "ningbo", null, "gold").bill(msisdn, "2026-09", 200);
        complaints.receive(new NewComplaint(null, msisdn, "hall", "data_speed", "网速慢", Instant.parse("2026-08-01T02:00:00Z"), "t-handler"));
        complaints.receive(new NewComplaint(null, msisdn, "hall", "data_speed", "网速慢", Instant.parse("2026-09-25T02:00:00Z"), "t-handler"));
        complaints.receive(new NewComplaint(null, msisdn, "hall", "billing", "账单", Instant.parse("2026-10-01T02:00:00Z"), "t-handler"));
        ComplaintView c = complaints.receive(new NewComplaint(null, msisdn, "hall", "data_speed", "还是慢",
                Instant.parse("2026-10-10T02:00:00Z"), "t-handler"));
        assertThat(c.repeatCount()).isEqualTo(1); // August is outside the 30 days, billing is another problem
        List<ComplaintView> all = complaints.ofCustomer(msisdn);
        assertThat(all).extracting(ComplaintView::receivedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> complaints.receive(new NewComplaint(null, "12ab", "hall", "billing", "x", null, "u")))
                .isInstanceOf(ComplaintRefusedException.class).hasMessageStartingWith("msisdn:");
        assertThatThrownBy(() -> complaints.receive(new NewComplaint(null, "13697130009", "fax", "billing", "x", null, "u")))
                .hasMessageStartingWith("channel: unknown channel 'fax'");
        assertThatThrownBy(() -> complaints.receive(new NewComplaint(null, "13697130009", "hall", "Billing Stuff", "x", null, "u")))
                .hasMessageStartingWith("category:");
        assertThatThrownBy(() -> complaints.receive(new NewComplaint(null, "13697130009", "hall", "billing", " ", null, "u")))
                .hasMessageStartingWith("description: missing");
        assertThatThrownBy(() -> complaints.receive(new NewComplaint(null, "13697130009", "hall", "billing", "x",
                Instant.now().plusSeconds(86_400 * 400L), "u"))).hasMessageStartingWith("receivedAt:");
        assertThat(complaints.ofCustomer("13697130009")).isEmpty();
    }
}
