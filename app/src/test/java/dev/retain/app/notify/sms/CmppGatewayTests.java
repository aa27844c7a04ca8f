package dev.retain.app.notify.sms;

import static dev.retain.app.notify.sms.SmsTestSupport.eventually;
import static dev.retain.app.notify.sms.SmsTestSupport.sms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.notify.sms.TestIsmg.Behaviour;
import dev.retain.app.notify.sms.TestIsmg.Submit;
import dev.retain.app.notify.sms.cmpp.CmppGateway;
import dev.retain.engine.sms.UserDataHeader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** SMS over CMPP (issue 11 point 3) against a China Mobile ISMG inside the test, on the application's real PostgreSQL. */
@RetainWebTest
class CmppGatewayTests {

    private static final String CUSTOMER = "13800138000";
    private static final String SP = "901234";
    private static final String SECRET = "s3cret";

    @Autowired SmsSendRate rate;
    @Autowired InboundParts parts;
    @Autowired Clock clock;

    private final RecordingDeliveryReports reports = new RecordingDeliveryReports();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private TestIsmg ismg;

    @BeforeEach
    void ismg() throws Exception {
        ismg = TestIsmg.start(SP, SECRET);
        opened.add(ismg);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) c.close();
    }

    private static SmsSettings.Cmpp cmpp(int port, String version, String secret, int window, Duration activeTest) {
        return new SmsSettings.Cmpp("127.0.0.1", port, SP, secret, version, "RETAIN", "1069000088", 500, window, activeTest,
                Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMillis(400));
    }

    private CmppGateway connected(SmsSettings.Cmpp settings) {
        CmppGateway gateway = start(settings);
        eventually(Duration.ofSeconds(10), () -> assertThat(gateway.bound()).as("connected").isTrue());
        return gateway;
    }

    private CmppGateway start(SmsSettings.Cmpp settings) {
        CmppGateway gateway = new CmppGateway(settings, rate, new SmsInbound(reports.provider(), parts, clock), clock).start();
        opened.add(0, gateway);
        return gateway;
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "2.0"})
    void connectsWithTheMd5AuthenticatorAndSendsPlainEnglishAsAsciiAndChineseAsUcs2(String version) {
        CmppGateway gateway = connected(cmpp(ismg.port(), version, SECRET, 16, Duration.ofSeconds(30)));

        SendOutcome english = gateway.send(sms(CUSTOMER, "Your bill is ready"));
        SendOutcome chinese = gateway.send(sms(CUSTOMER, "您的账单已出"));

        assertThat(ismg.connectVersions).containsExactly(version.equals("3.0") ? 0x30 : 0x20);
        List<Submit> got = ismg.acknowledged();
        assertThat(got).hasSize(2);
        assertThat(got.get(0).msgFmt()).isZero();
        assertThat(got.get(0).text()).isEqualTo("Your bill is ready");
        assertThat(got.get(0).destination()).isEqualTo(CUSTOMER);
        assertThat(got.get(0).srcId()).isEqualTo("1069000088");
        assertThat(got.get(0).msgSrc()).isEqualTo(SP);
        assertThat(got.get(0).registeredDelivery()).isEqualTo(1);
        assertThat(got.get(1).msgFmt()).isEqualTo(8);
        assertThat(got.get(1).text()).isEqualTo("您的账单已出");
        assertThat(english).isEqualTo(new SendOutcome.Accepted(Long.toUnsignedString(got.get(0).msgId()), 1));
        assertThat(((SendOutcome.Accepted) english).gatewayMessageId()).as("the 64-bit Msg_Id is unsigned").doesNotStartWith("-");
        assertThat(chinese).isInstanceOf(SendOutcome.Accepted.class);
    }

    @Test
    void aWrongSecretIsRefusedWithTheGatewaysStatusAndRefusedConnectsAreTriedAgain() {
        CmppGateway wrong = start(cmpp(ismg.port(), "3.0", "not-the-secret", 16, Duration.ofSeconds(30)));
        eventually(Duration.ofSeconds(5), () -> assertThat(wrong.problem()).contains("status 3 (认证错 authentication failed)"));
        assertThat(wrong.send(sms(CUSTOMER, "x"))).isInstanceOfSatisfying(SendOutcome.Unreachable.class,
                r -> assertThat(r.error()).startsWith("CMPP gateway not connected: ").contains("status 3"));

        ismg.refuseConnects(2);
        CmppGateway right = connected(cmpp(ismg.port(), "3.0", SECRET, 16, Duration.ofSeconds(30)));
        assertThat(right.send(sms(CUSTOMER, "ok"))).isInstanceOf(SendOutcome.Accepted.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "2.0"})
    void aLongMessageGoesAsUcs2SegmentsWithTpUdhiAndTheirNumbers(String version) {
        CmppGateway gateway = connected(cmpp(ismg.port(), version, SECRET, 16, Duration.ofSeconds(30)));
        String text = "关怀".repeat(33) + "😀" + "谢谢".repeat(35); // the emoji would be the 67th and 68th units: it opens segment 2

        SendOutcome.Accepted accepted = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, text));

        List<Submit> got = ismg.acknowledged();
        assertThat(accepted.segments()).isEqualTo(3).isEqualTo(got.size());
        for (int i = 0; i < got.size(); i++) {
            Submit s = got.get(i);
            assertThat(s.tpUdhi()).isEqualTo(1);
            assertThat(s.msgFmt()).isEqualTo(8);
            assertThat(s.pkTotal()).isEqualTo(3);
            assertThat(s.pkNumber()).isEqualTo(i + 1);
            assertThat(UserDataHeader.parse(s.content()).concat()).hasValueSatisfying(c -> {
                assertThat(c.total()).isEqualTo(3);
                assertThat(c.reference()).isEqualTo(UserDataHeader.parse(got.get(0).content()).concat().get().reference());
            });
            assertThat(s.content().length).isLessThanOrEqualTo(140);
        }
        assertThat(got.stream().map(Submit::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(accepted.gatewayMessageId()).isEqualTo(Long.toUnsignedString(got.get(0).msgId()));
    }

    @Test
    void longEnglishGoesAsUcs2TooAndSaysSoInItsSegmentCount() {
        CmppGateway gateway = connected(cmpp(ismg.port(), "3.0", SECRET, 16, Duration.ofSeconds(30)));

        SendOutcome.Accepted accepted = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, "a".repeat(161)));

        assertThat(accepted.segments()).isEqualTo(3);
        assertThat(ismg.acknowledged()).allMatch(s -> s.msgFmt() == 8);
    }

    @Test
    void flowControlWaitsABadDestinationFailsAndAMissingResponseFailsWithoutASecondSend() {
        CmppGateway gateway = connected(cmpp(ismg.port(), "3.0", SECRET, 16, Duration.ofSeconds(30)));
        ismg.next(Behaviour.result(8), Behaviour.result(13), Behaviour.NO_REPLY);

        assertThat(gateway.send(sms(CUSTOMER, "a"))).isInstanceOfSatisfying(SendOutcome.Retry.class,
                r -> assertThat(r.error()).contains("result 8 (流量控制错 flow control)"));
        assertThat(gateway.send(sms(CUSTOMER, "b"))).isInstanceOfSatisfying(SendOutcome.Failed.class,
                f -> assertThat(f.error()).contains("result 13 (Dest_terminal_Id错误 bad destination)"));
        // the gateway may have taken it: sent again, the customer could get it twice
        assertThat(gateway.send(sms(CUSTOMER, "c"))).isInstanceOfSatisfying(SendOutcome.Failed.class,
                r -> assertThat(r.error()).contains("no response within 1000 ms").contains("not sent again"));
        assertThat(gateway.send(sms(CUSTOMER, "d"))).isInstanceOf(SendOutcome.Accepted.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "2.0"})
    void statusReportsAreMatchedByTheUnsignedMsgId(String version) {
        ismg.reports("DELIVRD");
        CmppGateway gateway = connected(cmpp(ismg.port(), version, SECRET, 16, Duration.ofSeconds(30)));

        SendOutcome.Accepted delivered = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, "hello"));
        eventually(Duration.ofSeconds(5), () -> assertThat(reports.receipts).hasSize(1));
        ismg.reports("UNDELIV");
        SendOutcome.Accepted undelivered = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, "again"));
        eventually(Duration.ofSeconds(5), () -> assertThat(reports.receipts).hasSize(2));

        assertThat(reports.receipts).containsExactly(
                new RecordingDeliveryReports.Receipt(Channel.SMS, delivered.gatewayMessageId(), true, null),
                new RecordingDeliveryReports.Receipt(Channel.SMS, undelivered.gatewayMessageId(), false, "UNDELIV"));
        // the answer goes out once the outbox took the report: a moment after it is recorded
        eventually(Duration.ofSeconds(5), () -> assertThat(ismg.deliverResults).containsExactly(0, 0));
    }

    @Test
    void customersMessagesInUcs2AndGbkAndInPartsReachTheOutbox() throws Exception {
        connected(cmpp(ismg.port(), "3.0", SECRET, 16, Duration.ofSeconds(30)));

        ismg.deliver("86" + CUSTOMER, 8, 0, "退订".getBytes(StandardCharsets.UTF_16BE));
        ismg.deliver("13900139000", 15, 0, "退订".getBytes(Charset.forName("GBK")));
        byte[] whole = "请不要再发短信了谢谢".getBytes(StandardCharsets.UTF_16BE);
        ismg.deliver("13700137000", 8, 1, UserDataHeader.prepend(UserDataHeader.concat(5, 2, 2), java.util.Arrays.copyOfRange(whole, 10, whole.length)));
        ismg.deliver("13700137000", 8, 1, UserDataHeader.prepend(UserDataHeader.concat(5, 2, 1), java.util.Arrays.copyOfRange(whole, 0, 10)));

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.inbound).hasSize(3));
        assertThat(reports.inbound).containsExactlyInAnyOrder(
                new RecordingDeliveryReports.Inbound(Channel.SMS, CUSTOMER, "退订"),
                new RecordingDeliveryReports.Inbound(Channel.SMS, "13900139000", "退订"),
                new RecordingDeliveryReports.Inbound(Channel.SMS, "13700137000", "请不要再发短信了谢谢"));
        eventually(Duration.ofSeconds(5), () -> assertThat(ismg.deliverResults).containsExactly(0, 0, 0, 0));
    }

    @Test
    void aMessageTheOutboxCannotTakeIsAnsweredWithFlowControlSoTheGatewayDeliversItAgain() throws Exception {
        connected(cmpp(ismg.port(), "3.0", SECRET, 16, Duration.ofSeconds(30)));
        reports.refuseNext(1);

        ismg.deliver(CUSTOMER, 0, 0, "TD".getBytes(StandardCharsets.US_ASCII));

        eventually(Duration.ofSeconds(5), () -> assertThat(ismg.deliverResults).containsExactly(8));
        assertThat(reports.inbound).isEmpty();
    }

    @Test
    void aQuietLinkSendsActiveTestsAndAnswersTheGateways() throws Exception {
        connected(cmpp(ismg.port(), "3.0", SECRET, 16, Duration.ofMillis(200)));

        eventually(Duration.ofSeconds(5), () -> assertThat(ismg.activeTestsReceived()).isGreaterThanOrEqualTo(2));
        ismg.activeTest();
        eventually(Duration.ofSeconds(5), () -> assertThat(ismg.activeTestAnswers()).isEqualTo(1));
    }

    @Test
    void noMoreSubmitsAwaitTheirResponseThanTheWindow() throws Exception {
        CmppGateway gateway = connected(cmpp(ismg.port(), "3.0", SECRET, 2, Duration.ofSeconds(30)));
        for (int i = 0; i < 8; i++) ismg.next(Behaviour.delay(Duration.ofMillis(200)));

        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<SendOutcome>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            sent.add(senders.submit(() -> gateway.send(sms(CUSTOMER, "w" + n))));
        }
        for (Future<SendOutcome> f : sent) assertThat(f.get()).isInstanceOf(SendOutcome.Accepted.class);
        senders.shutdown();

        assertThat(ismg.maxOutstanding()).as("submits unanswered at once").isEqualTo(2);
    }

    @Test
    void whileTheGatewayIsDownMessagesWaitAndAfterItReturnsEachArrivesExactlyOnce() throws Exception {
        CmppGateway gateway = connected(cmpp(ismg.port(), "3.0", SECRET, 16, Duration.ofSeconds(30)));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) texts.add("message " + i);
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (i == 10) ismg.stop();
            if (i == 20) ismg.restart();
            if (!(gateway.send(sms(CUSTOMER, texts.get(i))) instanceof SendOutcome.Accepted)) waiting.add(texts.get(i));
        }
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < end) {
            if (gateway.send(sms(CUSTOMER, waiting.get(0))) instanceof SendOutcome.Accepted) waiting.remove(0);
            else Thread.sleep(50);
        }

        assertThat(waiting).isEmpty();
        Map<String, Long> counted = ismg.acknowledged().stream().collect(Collectors.groupingBy(Submit::text, Collectors.counting()));
        assertThat(counted.keySet()).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(counted.values()).containsOnly(1L);
    }
}
