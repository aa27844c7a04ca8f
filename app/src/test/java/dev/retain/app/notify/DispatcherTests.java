package dev.retain.app.notify;

import static dev.retain.app.notify.OutboxRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.notify.internal.Dispatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dispatcher against a scripted gateway that accepts, is down, throttles, refuses, throws, is
 * slow, or is cut off by a crash: nothing is lost, nothing goes out twice, every state is kept.
 * Service messages to numbers that are no customers, so that only the gateway decides.
 */
@NotifyTest
@ExtendWith(OutputCaptureExtension.class)
class DispatcherTests {

    @Autowired Outbox outbox;
    @Autowired Dispatcher dispatcher;
    @Autowired DeliveryReports reports;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("scriptedSmsGateway") ScriptedGateway smsGateway;
    @Autowired MovableInstants clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private OutboxRows rows;

    @BeforeEach
    void pinTheClock() {
        rows = new OutboxRows(outbox, dispatcher, jdbc, transactions);
        clock.set(at("2026-03-04T10:00"));
    }

    @Test
    void anAcceptedMessageIsSentThenDeliveredAndEveryStateIsKept() {
        long id = rows.service("13900020001", "您本月流量已用 80%", "d-accepted");
        smsGateway.script(id, ScriptedGateway.acceptAs("1A2B3C", 2));
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("sent");
        assertThat(jdbc.sql("select gateway_message_id || '/' || segments from outbox_message where id = ?").param(id).query(String.class).single())
                .isEqualTo("1A2B3C/2");
        assertThat(smsGateway.received(id)).singleElement().satisfies(d -> {
            assertThat(d.to()).isEqualTo("13900020001");
            assertThat(d.attempt()).isEqualTo(1);
        });
        reports.receipt(Channel.SMS, "1A2B3C", true, null, at("2026-03-04T10:00:05"));
        reports.receipt(Channel.SMS, "1A2B3C", false, "EXPIRED", at("2026-03-04T10:00:09"));
        assertThat(rows.state(id)).as("the second receipt changes nothing").isEqualTo("delivered");
        assertThat(rows.history(id)).containsExactly("queued", "sending", "sent", "delivered");
    }

    @Test
    void aServiceMessageGoesInTheFirstRoundEvenBehindAFullBatchOfOlderMarketing() {
        // sixty marketing texts queued first (a campaign, the care run), then a one-time code: a round takes fifty
        for (int i = 0; i < 60; i++) rows.marketing(String.format("1390003%04d", i), Channel.SMS, "campaign:0", "d-flood-" + i);
        clock.set(at("2026-03-04T10:00:01"));
        long code = rows.service("13900039999", "您的验证码 123456", "d-flood-code");
        smsGateway.script(code, ScriptedGateway.acceptAs("FLOOD-CODE", 1));

        dispatcher.dispatchDue();

        assertThat(rows.state(code)).as("taken before the older marketing texts").isEqualTo("sent");
        rows.drain();
    }

    @Test
    void aReceiptThatOvertakesTheSentCommitIsAppliedByIt() {
        long id = rows.service("13900020002", "账单提醒", "d-early-receipt");
        // the gateway reports before the dispatcher has recorded "sent": the receipt waits for the commit
        smsGateway.script(id, d -> {
            reports.receipt(Channel.SMS, "EARLY-1", false, "UNDELIV", clock.instant());
            return new SendOutcome.Accepted("EARLY-1", 1);
        });
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("failed");
        assertThat(rows.stateReason(id)).isEqualTo("UNDELIV");
        assertThat(rows.history(id)).containsExactly("queued", "sending", "sent", "failed:UNDELIV");
        assertThat(jdbc.sql("select count(*) from unmatched_receipt where gateway_message_id = 'EARLY-1'").query(Long.class).single()).isZero();
    }

    @Test
    void aGatewayThatIsDownIsAskedAgainWithAGrowingWait() {
        long id = rows.service("13900020003", "停机提醒", "d-down");
        smsGateway.script(id, ScriptedGateway.retry("connection refused", null), ScriptedGateway.retry("connection refused", null));
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("queued");
        assertThat(rows.nextAttempt(id)).isEqualTo(at("2026-03-04T10:00:30"));
        clock.advance(Duration.ofSeconds(29));
        rows.drain();
        assertThat(smsGateway.received(id)).as("not before its time").hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        rows.drain();
        assertThat(rows.nextAttempt(id)).as("twice as long after the second failure").isEqualTo(at("2026-03-04T10:01:30"));
        clock.set(at("2026-03-04T10:01:30"));
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("sent");
        assertThat(smsGateway.received(id)).extracting(d -> d.attempt()).containsExactly(1, 2, 3);
        assertThat(rows.history(id)).containsExactly("queued", "sending", "queued:connection refused", "sending", "queued:connection refused",
                "sending", "sent");
    }

    @Test
    void aThrottlingGatewayIsAskedAgainNoSoonerThanItSaid() {
        long id = rows.service("13900020004", "积分提醒", "d-throttled");
        smsGateway.script(id, ScriptedGateway.retry("ESME_RTHROTTLED", Duration.ofMinutes(5)));
        rows.drain();
        assertThat(rows.nextAttempt(id)).isEqualTo(at("2026-03-04T10:05"));
        clock.set(at("2026-03-04T10:05"));
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("sent");
    }

    @Test
    void aRefusalFailsTheMessageWithTheGatewaysErrorMasked() {
        long id = rows.service("13900020005", "提醒", "d-refused");
        smsGateway.script(id, ScriptedGateway.refuse("invalid destination 13900020005"));
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("failed");
        assertThat(rows.stateReason(id)).isEqualTo("invalid destination 139****0005");
        clock.advance(Duration.ofHours(1));
        rows.drain();
        assertThat(smsGateway.received(id)).as("a refusal is final").hasSize(1);
    }

    @Test
    void retriesGiveUpAfterTheLastAttemptAndSayWhy() {
        long id = rows.service("13900020006", "提醒", "d-gives-up");
        for (int i = 0; i < 4; i++) smsGateway.script(id, ScriptedGateway.retry("queue full", null));
        for (int i = 0; i < 4; i++) {
            rows.drain();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(rows.state(id)).isEqualTo("failed");
        assertThat(rows.stateReason(id)).isEqualTo("gave_up");
        assertThat(rows.history(id)).endsWith("sending", "failed:queue full");
        assertThat(smsGateway.received(id)).hasSize(4);
    }

    @Test
    void aGatewayAwayForLongerThanEveryAttemptUsesNoneOfThemAndTheMessageGoesOutWhenItIsBack() {
        long id = rows.service("13900020016", "提醒", "d-away");
        // eight waits for a gateway that is not there (max-attempts is 4 here), then one real refusal to retry, then it takes it
        for (int i = 0; i < 8; i++) smsGateway.script(id, ScriptedGateway.unreachable("SMPP gateway not bound: connection refused"));
        smsGateway.script(id, ScriptedGateway.retry("queue full", null));
        for (int i = 0; i < 10; i++) {
            rows.drain();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(rows.state(id)).isEqualTo("sent");
        assertThat(smsGateway.received(id)).hasSize(10);
        assertThat(jdbc.sql("select attempts from outbox_message where id = ?").param(id).query(Integer.class).single())
                .as("only the real answers counted").isEqualTo(2);
    }

    @Test
    void aSenderThatThrowsIsRetriedAndNeitherItsWordsNorTheSecretReachTheLog(CapturedOutput log) {
        long id = rows.queue(new OutboundMessage("13900020007", null, Channel.SMS, MessageClass.SERVICE, "t-code", Map.of("code", "864213"),
                null, "one_time_code", "d-throws", true));
        smsGateway.script(id, ScriptedGateway.crash("could not encode 您的验证码是864213"));
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("queued");
        assertThat(rows.stateReason(id)).isEqualTo("sender error IllegalStateException");
        clock.advance(Duration.ofSeconds(30));
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("sent");
        assertThat(smsGateway.received(id)).allSatisfy(d -> assertThat(d.body()).contains("864213"));
        assertThat(jdbc.sql("select coalesce(body, '') || coalesce(variables::text, '') from outbox_message where id = ?").param(id)
                .query(String.class).single()).as("a secret is erased once sent, its variables never kept").isEmpty();
        assertThat(log.getAll()).contains("IllegalStateException").doesNotContain("864213");
    }

    @Test
    void aCrashWhileTheGatewayHadTheMessageNeverSendsItTwiceAndOneNotYetHandedOverGoesOut() {
        long handed = rows.service("13900020008", "第一条", "d-crash-handed");
        long waiting = rows.service("13900020009", "第二条", "d-crash-waiting");
        // the instance dies while the gateway has the first (an Error is no answer: nothing records it)
        smsGateway.script(handed, d -> {
            throw new OutOfMemoryError("killed");
        });
        assertThatThrownBy(() -> dispatcher.dispatchDue()).isInstanceOf(OutOfMemoryError.class);
        assertThat(rows.state(handed)).isEqualTo("sending");
        assertThat(rows.state(waiting)).isEqualTo("sending");
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.resolveInFlight()).as("not before the send timeout").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.resolveInFlight()).isGreaterThanOrEqualTo(2);
        assertThat(rows.state(handed)).isEqualTo("failed");
        assertThat(rows.stateReason(handed)).isEqualTo("interrupted");
        assertThat(rows.state(waiting)).isEqualTo("queued");
        rows.drain();
        assertThat(rows.state(waiting)).isEqualTo("sent");
        assertThat(smsGateway.received(handed)).as("the one the gateway may have taken is not sent again").hasSize(1);
        assertThat(smsGateway.received(waiting)).hasSize(1);
        assertThat(rows.history(handed)).containsExactly("queued", "sending", "failed:interrupted");
        assertThat(rows.history(waiting)).containsExactly("queued", "sending", "queued:reclaimed", "sending", "sent");
    }

    @Test
    void aSlowGatewayThatAnswersAfterItsAttemptWasDeclaredInterruptedStillCountsAsSent() {
        long id = rows.service("13900020010", "慢网关", "d-slow");
        smsGateway.script(id, d -> {
            // the answer takes longer than the send timeout: another dispatcher declares the attempt interrupted meanwhile
            clock.advance(Duration.ofMinutes(3));
            dispatcher.resolveInFlight();
            return new SendOutcome.Accepted("SLOW-1", 1);
        });
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("sent");
        assertThat(rows.history(id)).containsExactly("queued", "sending", "failed:interrupted", "sent");
    }

    @Test
    void aReceiptForAnIdNoMessageHasIsKeptAWhileAndChangesNothing() {
        Instant now = clock.instant();
        reports.receipt(Channel.SMS, "NOBODY-1", true, null, now);
        assertThat(jdbc.sql("select count(*) from unmatched_receipt where gateway_message_id = 'NOBODY-1'").query(Long.class).single()).isEqualTo(1);
    }
}
