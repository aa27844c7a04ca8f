package dev.retain.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.notify.channel.DeliveryReports;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A customer's message that is no opt-out keyword is published as {@link CustomerTextReceived} (issue 15: VIP event
 * keywords), with the canonical number and a reference naming the kept inbound_message row; an opt-out is not.
 */
@RetainWebTest
@RecordApplicationEvents
class CustomerTextReceivedTests {

    @Autowired DeliveryReports reports;
    @Autowired ApplicationEvents published;
    @Autowired JdbcClient jdbc;

    @Test
    void aTextThatIsNoOptOutIsPublishedWithItsMessagesReference() {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        reports.inbound(Channel.SMS, "+8613791990001", " ｊｚ2026 ", at);
        reports.inbound(Channel.SMS, "+8613791990002", "TD", at);

        List<CustomerTextReceived> texts = published.stream(CustomerTextReceived.class).toList();
        assertThat(texts).singleElement().satisfies(t -> {
            assertThat(t.channel()).isEqualTo(Channel.SMS);
            assertThat(t.msisdn()).isEqualTo("13791990001");
            assertThat(t.text()).isEqualTo(" ｊｚ2026 ");
            assertThat(t.at()).isEqualTo(at);
            assertThat(t.messageRef()).startsWith("sms:");
            long id = Long.parseLong(t.messageRef().substring(4));
            assertThat(jdbc.sql("select msisdn from inbound_message where id = ?").param(id).query(String.class).single())
                    .isEqualTo("13791990001");
        });
    }
}
