package dev.retain.app.notify;

import static dev.retain.app.notify.OutboxRows.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.notify.ContactPolicy.Decision;
import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.app.notify.internal.Dispatcher;
import dev.retain.app.notify.internal.OptOutAdministration;
import dev.retain.app.notify.internal.OptOutScope;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one contact policy (R6.6, R14.4) at the moment of sending, with the Clock pinned in
 * Asia/Shanghai and the default settings (two marketing messages a week, six a month, quiet hours
 * 21:00–08:00): quiet hours over midnight, caps, merging, consent, do-not-disturb, blocks, and an
 * opt-out by a reply that stops every channel.
 */
@NotifyTest
class ContactPolicyTests {

    private static final RetainUser SUPERVISOR = new RetainUser("cp-supervisor", "主管", Role.SUPERVISOR, null);

    @Autowired Outbox outbox;
    @Autowired Dispatcher dispatcher;
    @Autowired ContactPolicy policy;
    @Autowired DeliveryReports reports;
    @Autowired OptOutAdministration optOuts;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("scriptedSmsGateway") ScriptedGateway smsGateway;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("scriptedEmailGateway") ScriptedGateway emailGateway;
    @Autowired MovableInstants clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private OutboxRows rows;
    private NotifyFixture customers;

    @BeforeEach
    void setUp() {
        rows = new OutboxRows(outbox, dispatcher, jdbc, transactions);
        customers = new NotifyFixture(jdbc);
    }

    @Test
    void quietHoursHoldAMarketingMessageOverMidnightUntilEightAndLetServiceThrough() {
        customers.customer("13900040001", null);
        clock.set(at("2026-03-04T22:30"));
        long evening = rows.marketing("13900040001", Channel.SMS, "promotion", "cp-quiet-evening");
        long code = rows.service("13900040001", "您的验证码是 4711", "cp-quiet-service");
        rows.drain();
        assertThat(rows.state(evening)).isEqualTo("held");
        assertThat(rows.stateReason(evening)).isEqualTo("quiet_hours");
        assertThat(rows.nextAttempt(evening)).as("the next morning").isEqualTo(at("2026-03-05T08:00"));
        assertThat(rows.state(code)).as("a service message is not held").isEqualTo("sent");

        clock.set(at("2026-03-05T07:59:59"));
        rows.drain();
        assertThat(rows.state(evening)).isEqualTo("held");
        clock.set(at("2026-03-05T08:00"));
        rows.drain();
        assertThat(rows.state(evening)).isEqualTo("sent");
        assertThat(rows.history(evening)).containsExactly("queued", "held:quiet_hours", "sending", "sent");

        customers.customer("13900040002", null);
        clock.set(at("2026-03-06T00:30"));
        long afterMidnight = rows.marketing("13900040002", Channel.SMS, "promotion", "cp-quiet-night");
        rows.drain();
        assertThat(rows.nextAttempt(afterMidnight)).as("the same morning").isEqualTo(at("2026-03-06T08:00"));
    }

    @Test
    void theWeeksCapHoldsTheThirdMessageUntilMondayAndQuietHoursThenUntilEight() {
        customers.customer("13900040003", null);
        clock.set(at("2026-03-09T10:00"));
        long first = rows.marketing("13900040003", Channel.SMS, "promotion", "cp-week-1");
        rows.drain();
        clock.set(at("2026-03-10T10:00"));
        long second = rows.marketing("13900040003", Channel.SMS, "points_expiry", "cp-week-2");
        rows.drain();
        clock.set(at("2026-03-11T10:00"));
        long third = rows.marketing("13900040003", Channel.SMS, "contract_expiry", "cp-week-3");
        long email = rows.marketing("13900040003", Channel.EMAIL, "contract_expiry", "cp-week-email");
        rows.drain();
        assertThat(List.of(rows.state(first), rows.state(second))).containsOnly("sent");
        assertThat(rows.state(third)).isEqualTo("held");
        assertThat(rows.stateReason(third)).isEqualTo("weekly_cap");
        assertThat(rows.nextAttempt(third)).as("Monday 00:00 in Shanghai").isEqualTo(at("2026-03-16T00:00"));
        assertThat(rows.stateReason(email)).as("caps count per channel: no email address is what stops it")
                .isEqualTo("no_address");

        clock.set(at("2026-03-16T00:00"));
        rows.drain();
        assertThat(rows.stateReason(third)).isEqualTo("quiet_hours");
        clock.set(at("2026-03-16T08:00"));
        rows.drain();
        assertThat(rows.state(third)).isEqualTo("sent");
        assertThat(rows.history(third)).containsExactly("queued", "held:weekly_cap", "held:quiet_hours", "sending", "sent");
    }

    @Test
    void theMonthsCapHoldsUntilTheFirstOfTheNextMonth() {
        customers.customer("13900040004", null);
        String[] days = {"2026-05-04", "2026-05-05", "2026-05-11", "2026-05-12", "2026-05-18", "2026-05-19"};
        for (int i = 0; i < days.length; i++) {
            clock.set(at(days[i] + "T10:00"));
            long id = rows.marketing("13900040004", Channel.SMS, "promotion", "cp-month-" + i);
            rows.drain();
            assertThat(rows.state(id)).as(days[i]).isEqualTo("sent");
        }
        clock.set(at("2026-05-25T10:00"));
        long seventh = rows.marketing("13900040004", Channel.SMS, "promotion", "cp-month-7");
        rows.drain();
        assertThat(rows.stateReason(seventh)).isEqualTo("monthly_cap");
        assertThat(rows.nextAttempt(seventh)).isEqualTo(at("2026-06-01T00:00"));
    }

    @Test
    void aDaysMarketingReasonsBecomeOneContactTheLaterOnesMergedIntoTheFirst() {
        customers.customer("13900040005", null);
        clock.set(at("2026-03-25T10:00"));
        long birthday = rows.marketing("13900040005", Channel.SMS, "birthday", "cp-merge-birthday");
        long points = rows.marketing("13900040005", Channel.SMS, "points_expiry", "cp-merge-points");
        long alert = rows.service("13900040005", "您的流量已用完", "cp-merge-alert");
        rows.drain();
        assertThat(rows.state(birthday)).isEqualTo("sent");
        assertThat(rows.state(points)).isEqualTo("suppressed");
        assertThat(rows.stateReason(points)).isEqualTo("merged");
        assertThat(rows.mergedInto(points)).isEqualTo(birthday);
        assertThat(rows.history(points)).containsExactly("queued", "suppressed:merged #" + birthday);
        assertThat(rows.state(alert)).as("service messages are never merged").isEqualTo("sent");
        assertThat(smsGateway.received(points)).isEmpty();

        clock.set(at("2026-03-26T10:00"));
        long nextDay = rows.marketing("13900040005", Channel.SMS, "festival:qingming", "cp-merge-next-day");
        rows.drain();
        assertThat(rows.state(nextDay)).isEqualTo("sent");
    }

    @Test
    void consentDoNotDisturbAndABlockDecideWhatMayGo() {
        clock.set(at("2026-03-04T11:00"));
        customers.customer("13900040006", null, false, false);
        customers.customer("13900040007", null, true, true);
        long noConsent = rows.marketing("13900040006", Channel.SMS, "promotion", "cp-no-consent");
        long noConsentService = rows.service("13900040006", "账单", "cp-no-consent-service");
        long dnd = rows.marketing("13900040007", Channel.SMS, "promotion", "cp-dnd");
        long dndService = rows.service("13900040007", "账单", "cp-dnd-service");
        long stranger = rows.marketing("13900049999", Channel.SMS, "promotion", "cp-stranger");
        rows.drain();
        assertThat(rows.stateReason(noConsent)).isEqualTo("no_consent");
        assertThat(rows.stateReason(dnd)).isEqualTo("dnd");
        assertThat(rows.stateReason(stranger)).isEqualTo("not_a_customer");
        assertThat(List.of(rows.state(noConsent), rows.state(dnd), rows.state(stranger))).containsOnly("suppressed");
        assertThat(List.of(rows.state(noConsentService), rows.state(dndService))).containsOnly("sent");

        customers.customer("13900040008", null);
        optOuts.add(SUPERVISOR, "13900040008", OptOutScope.ALL, "客户投诉，要求停止一切短信");
        long blocked = rows.service("13900040008", "验证码 1234", "cp-blocked-service");
        rows.drain();
        assertThat(rows.state(blocked)).isEqualTo("suppressed");
        assertThat(rows.stateReason(blocked)).isEqualTo("blocked");
    }

    @Test
    void aReplyOfTdOptsTheSenderOutOfEveryChannelAtOnceButServiceMessagesStillGo() {
        customers.customer("13900040009", null);
        clock.set(at("2026-03-04T12:00"));
        long sms = rows.marketing("13900040009", Channel.SMS, "promotion", "cp-td-sms");
        long email = rows.marketing("13900040009", Channel.EMAIL, "promotion", "cp-td-email");
        long service = rows.service("13900040009", "账单已出", "cp-td-service");
        reports.inbound(Channel.SMS, "+8613900040009", "ＴＤ", clock.instant());
        rows.drain();
        assertThat(List.of(rows.stateReason(sms), rows.stateReason(email))).containsOnly("opt_out");
        assertThat(List.of(rows.state(sms), rows.state(email))).containsOnly("suppressed");
        assertThat(rows.state(service)).isEqualTo("sent");
        assertThat(smsGateway.received(sms)).isEmpty();
        assertThat(emailGateway.received(email)).isEmpty();
        assertThat(jdbc.sql("select scope || '/' || source || '/' || reason from opt_out where msisdn = '13900040009'").query(String.class).single())
                .isEqualTo("marketing/keyword:sms/TD");
        assertThat(jdbc.sql("select action from inbound_message where msisdn = '13900040009'").query(String.class).list())
                .containsExactly("opted_out");

        customers.customer("13900040010", null);
        reports.inbound(Channel.SMS, "13900040010", "TD是什么意思？", clock.instant());
        long stillWanted = rows.marketing("13900040010", Channel.SMS, "promotion", "cp-td-question");
        rows.drain();
        assertThat(rows.state(stillWanted)).as("a question is no opt-out").isEqualTo("sent");
    }

    @Test
    void aCallTaskPassesTheSamePolicyWithoutCaps() {
        customers.customer("13900040011", null);
        assertThat(policy.decide("13900040011", Channel.CALL, MessageClass.MARKETING, at("2026-03-04T22:00")))
                .isEqualTo(Decision.hold("quiet_hours", at("2026-03-05T08:00")));
        assertThat(policy.decide("+8613900040011", Channel.CALL, MessageClass.MARKETING, at("2026-03-04T15:00"))).isEqualTo(Decision.allow());
        customers.customer("13900040012", null, true, true);
        assertThat(policy.decide("13900040012", Channel.CALL, MessageClass.MARKETING, at("2026-03-04T15:00")).verdict())
                .isEqualTo(Decision.Verdict.SUPPRESS);
        assertThat(policy.decide("13900040012", Channel.CALL, MessageClass.SERVICE, at("2026-03-04T23:00"))).isEqualTo(Decision.allow());
    }
}
