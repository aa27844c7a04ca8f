package dev.retain.app.campaign.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.notify.sms.simulator.SimulatedMessage;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims by SMS keyword end to end (SPEC R7.6, R13): a customer texts the event's keyword to the service number
 * through the local SMSC simulator (real SMPP), notify keeps the message and publishes it, campaign claims, and the
 * answer comes back to the customer's handset through the outbox: a ticket, a place on the waiting list, or why not.
 */
@RetainWebTest
class VipEventSmsTests {

    private static final String SERVICE_NUMBER = "10658888";

    @Autowired VipEvents events;
    @Autowired SmscSimulator simulator;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired dev.retain.app.notify.channel.DeliveryReports reports;

    private long mark() {
        return simulator.messages().stream().mapToLong(SimulatedMessage::number).max().orElse(0);
    }

    /** The first text the simulator took for {@code msisdn}'s handset after {@code mark}, waited for. */
    private String answerTo(String msisdn, long mark) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            Optional<String> text = simulator.messages().stream()
                    .filter(m -> m.number() > mark && !m.fromCustomer() && msisdn.equals(Msisdn.canonical(m.to())))
                    .reduce((newer, older) -> older).map(SimulatedMessage::text);
            if (text.isPresent()) return text.get();
            Thread.sleep(50);
        }
        throw new AssertionError("no answer reached " + msisdn + " within 20 s");
    }

    private List<VipEventClaimView> claimsOf(long event, String msisdn) {
        return events.claims(event).stream().filter(c -> c.msisdn().equals(msisdn)).toList();
    }

    @Test
    void aCustomerTextsTheKeywordAndGetsATicketThenTheNextOneWaitsAndAStrangerIsNotEligible() throws Exception {
        String keyword = VipEventFixture.keyword("JZ");
        long event = events.create(VipEventFixture.open(clock, "新年爵士音乐会", keyword, 1), "t-supervisor");
        events.addPool(event, "vip_reward", 1, List.of("gold", "diamond"), null, "t-supervisor");
        String first = VipEventFixture.number(90, 1);
        String second = VipEventFixture.number(90, 2);
        String silver = VipEventFixture.number(90, 3);
        VipEventFixture.customer(jdbc, first, "gold", null);
        VipEventFixture.customer(jdbc, second, "diamond", null);
        VipEventFixture.customer(jdbc, silver, "silver", null);

        // lower case and full width, with spaces: the keyword all the same
        long mark = mark();
        assertThat(simulator.sendFromCustomer(first, " " + keyword.toLowerCase() + " ", SERVICE_NUMBER)).isEqualTo(SmscSimulator.Reply.DELIVERED);
        assertThat(answerTo(first, mark)).contains("已成功领取", "新年爵士音乐会", "杭州大剧院");
        assertThat(claimsOf(event, first)).singleElement().satisfies(c -> {
            assertThat(c.claimed()).isTrue();
            assertThat(c.channel()).isEqualTo(VipEventClaimChannel.SMS);
        });

        mark = mark();
        String fullWidth = keyword.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
        simulator.sendFromCustomer(second, fullWidth, SERVICE_NUMBER);
        assertThat(answerTo(second, mark)).contains("候补名单");
        assertThat(claimsOf(event, second)).singleElement().satisfies(c -> assertThat(c.waiting()).isTrue());

        mark = mark();
        simulator.sendFromCustomer(silver, keyword, SERVICE_NUMBER);
        assertThat(answerTo(silver, mark)).contains("不在本次邀请范围");
        assertThat(claimsOf(event, silver)).isEmpty();

        // the first customer texts again: the limit, and still one ticket
        mark = mark();
        simulator.sendFromCustomer(first, keyword, SERVICE_NUMBER);
        assertThat(answerTo(first, mark)).contains("每位客户限领1张");
        assertThat(claimsOf(event, first)).hasSize(1);

        // the ticket is cancelled: the waiting customer gets it and is told
        mark = mark();
        events.cancel(event, claimsOf(event, first).get(0).id(), "t-supervisor");
        assertThat(answerTo(second, mark)).contains("已为您补发");
        assertThat(claimsOf(event, second)).singleElement().satisfies(c -> assertThat(c.claimed()).isTrue());
        assertThat(events.pools(event).get(0).taken()).isEqualTo(1);
    }

    @Test
    void aKeywordFromASenderThatIsNoNumberClaimsNothingAndItsPublicationCompletes() throws Exception {
        String keyword = VipEventFixture.keyword("AL");
        long event = events.create(VipEventFixture.open(clock, "读书会", keyword, 1), "t-supervisor");
        events.addPool(event, "vip_reward", 5, java.util.List.of(), null, "t-supervisor");
        reports.inbound(dev.retain.app.notify.Channel.SMS, "BANKSMS", keyword, clock.instant());
        String done = "select count(*) from event_publication where listener_id = 'campaign.vip-event-keyword' and serialized_event like ? "
                + "and completion_date is not null";
        long end = System.nanoTime() + 20_000_000_000L;
        while (jdbc.sql(done).param("%BANKSMS%").query(Long.class).single() == 0 && System.nanoTime() < end) Thread.sleep(50);
        assertThat(jdbc.sql(done).param("%BANKSMS%").query(Long.class).single()).isEqualTo(1);
        assertThat(events.claims(event)).isEmpty();
    }
}
