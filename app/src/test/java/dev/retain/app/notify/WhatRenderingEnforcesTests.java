package dev.retain.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What queueing enforces with the shipped templates and lines: a plain marketing text carries the
 * signature and the opt-out line like a template's, a template goes only on the channels it is
 * written for, and a one-time code is always secret. MSISDNs 1369430xxxx belong to this class.
 */
@RetainWebTest
class WhatRenderingEnforcesTests {

    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private long queue(OutboundMessage m) {
        return new TransactionTemplate(transactions).execute(status -> outbox.queue(m));
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + " from outbox_message where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aPlainMarketingTextCarriesTheSignatureAndTheOptOutLineAndAServiceTextDoesNot() {
        long marketing = queue(new OutboundMessage("13694300001", null, Channel.SMS, MessageClass.MARKETING, null, null,
                "双十一流量包五折", "promotion", "wre-marketing", false));
        long english = queue(new OutboundMessage("13694300001", null, Channel.SMS, MessageClass.MARKETING, null, null,
                "Half-price data this week.", "promotion", "wre-marketing-en", false));
        long service = queue(new OutboundMessage("13694300001", null, Channel.SMS, MessageClass.SERVICE, null, null,
                "您的账单已出", "bill", "wre-service", false));

        assertThat(column(marketing, "body")).isEqualTo("【浙江移动】双十一流量包五折回T退订");
        assertThat(column(english, "body")).isEqualTo("【浙江移动】Half-price data this week. Reply T to opt out");
        assertThat(column(service, "body")).isEqualTo("您的账单已出");
    }

    @Test
    void aTemplateGoesOnlyOnItsChannelsAndTakesSmsWhenThePreferenceIsAnother() {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, email, preferred_channel)
                        values ('13694300002', '13694300002', '赵六', 'hangzhou', 'gotone', date '2015-01-01', 'zl@example.com', 'email')
                        on conflict do nothing""").update();
        Map<String, String> vars = Map.of("honorific", "赵先生", "event", "台风", "region", "杭州");

        assertThatThrownBy(() -> queue(OutboundMessage.toCustomer("13694300002", Channel.EMAIL, MessageClass.MARKETING, "region_event", vars,
                "region_event", "wre-named-email"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not written for email");
        long preferred = queue(new OutboundMessage("13694300002", null, null, MessageClass.MARKETING, "region_event", vars, null,
                "region_event", "wre-preferred", false));

        assertThat(column(preferred, "channel")).as("region_event is SMS only: the email preference yields").isEqualTo("sms");
    }

    @Test
    void aOneTimeCodeThatIsNotMarkedSecretIsRefused() {
        assertThatThrownBy(() -> queue(new OutboundMessage("13694300003", null, Channel.SMS, MessageClass.SERVICE, "one_time_code",
                Map.of("code", "493817", "minutes", "5"), null, "one_time_code", "wre-code", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
        assertThat(jdbc.sql("select count(*) from outbox_message where idempotency_key = 'wre-code'").query(Long.class).single()).isZero();
    }
}
