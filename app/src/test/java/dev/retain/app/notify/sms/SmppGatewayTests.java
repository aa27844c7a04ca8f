package dev.retain.app.notify.sms;

import static dev.retain.app.notify.sms.SmsTestSupport.eventually;
import static dev.retain.app.notify.sms.SmsTestSupport.sms;
import static dev.retain.app.notify.sms.SmsTestSupport.smpp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.notify.sms.TestSmsc.Behaviour;
import dev.retain.app.notify.sms.TestSmsc.Receipts;
import dev.retain.app.notify.sms.TestSmsc.Submit;
import dev.retain.app.notify.sms.smpp.SmppGateway;
import dev.retain.engine.sms.Gsm7;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SMPP sender against an SMSC inside the test (issue 11 point 2), on the application's real
 * PostgreSQL for the shared rate and the reassembly of customers' messages.
 */
@RetainWebTest
class SmppGatewayTests {

    private static final String CUSTOMER = "13800138000";

    @Autowired SmsSendRate rate;
    @Autowired InboundParts parts;
    @Autowired Clock clock;

    private final RecordingDeliveryReports reports = new RecordingDeliveryReports();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private TestSmsc smsc;

    @BeforeEach
    void smsc() throws Exception {
        smsc = TestSmsc.start();
        opened.add(smsc);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) c.close();
    }

    private SmppGateway bound(SmsSettings.Smpp settings) {
        SmppGateway gateway = new SmppGateway(settings, rate, new SmsInbound(reports.provider(), parts, clock)).start();
        opened.add(0, gateway);
        eventually(Duration.ofSeconds(10), () -> assertThat(gateway.bound()).as("bound").isTrue());
        return gateway;
    }

    @Test
    void plainEnglishGoesAsGsm7AndChineseAsUcs2ToTheInternationalNumber() {
        SmppGateway gateway = bound(smpp(smsc.port()));

        SendOutcome english = gateway.send(sms(CUSTOMER, "Your bill is ready @ 50$"));
        SendOutcome chinese = gateway.send(sms(CUSTOMER, "您的账单已出【浙江移动】"));

        assertThat(english).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(((SendOutcome.Accepted) english).segments()).isEqualTo(1);
        assertThat(chinese).isInstanceOf(SendOutcome.Accepted.class);
        List<Submit> got = smsc.acknowledged();
        assertThat(got).hasSize(2);
        assertThat(got.get(0).dataCoding()).isZero();
        assertThat(got.get(0).shortMessage()).as("unpacked septets: @ is 0x00, $ is 0x02").isEqualTo(Gsm7.encode("Your bill is ready @ 50$"));
        assertThat(got.get(0).destination()).isEqualTo("86" + CUSTOMER);
        assertThat(got.get(1).dataCoding()).isEqualTo(8);
        assertThat(got.get(1).shortMessage()).isEqualTo("您的账单已出【浙江移动】".getBytes(StandardCharsets.UTF_16BE));
        assertThat(((SendOutcome.Accepted) english).gatewayMessageId()).isEqualTo(got.get(0).messageId().toLowerCase());
    }

    @Test
    void aLongMessageGoesInSegmentsWithConcatenationHeadersAndIsCountedAsSegments() {
        SmppGateway gateway = bound(smpp(smsc.port()));
        String english = "x".repeat(153) + "y".repeat(47);
        String chinese = "字".repeat(66) + "😀" + "文".repeat(10);

        SendOutcome.Accepted e = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, english));
        SendOutcome.Accepted c = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, chinese));

        assertThat(e.segments()).isEqualTo(2);
        assertThat(c.segments()).isEqualTo(2);
        List<Submit> got = smsc.acknowledged();
        assertThat(got).hasSize(4).allMatch(Submit::udhi);
        byte[] first = got.get(0).shortMessage();
        assertThat(first).startsWith(0x05, 0x00, 0x03, first[3], 0x02, 0x01).hasSize(6 + 153);
        assertThat(got.get(1).shortMessage()).startsWith(0x05, 0x00, 0x03, first[3], 0x02, 0x02).hasSize(6 + 47);
        assertThat(got.get(0).text() + got.get(1).text()).isEqualTo(english);
        assertThat(got.get(2).text()).as("the emoji does not fit the 67th unit: it opens the second segment").isEqualTo("字".repeat(66));
        assertThat(got.get(3).text()).startsWith("😀");
        assertThat(got.get(2).shortMessage()[4]).isEqualTo((byte) 2);
    }

    @Test
    void throttlingAQueueFullAndASystemErrorWaitAndABadDestinationFails() {
        SmppGateway gateway = bound(smpp(smsc.port()));
        smsc.next(Behaviour.refuse(SMPPConstant.STAT_ESME_RTHROTTLED), Behaviour.refuse(SMPPConstant.STAT_ESME_RMSGQFUL),
                Behaviour.refuse(SMPPConstant.STAT_ESME_RSYSERR), Behaviour.refuse(SMPPConstant.STAT_ESME_RINVDSTADR));

        assertThat(gateway.send(sms(CUSTOMER, "a"))).isInstanceOfSatisfying(SendOutcome.Retry.class,
                r -> assertThat(r.error()).contains("ESME_RTHROTTLED").contains("0x00000058"));
        assertThat(gateway.send(sms(CUSTOMER, "b"))).isInstanceOfSatisfying(SendOutcome.Retry.class,
                r -> assertThat(r.error()).contains("ESME_RMSGQFUL"));
        assertThat(gateway.send(sms(CUSTOMER, "c"))).isInstanceOfSatisfying(SendOutcome.Retry.class,
                r -> assertThat(r.error()).contains("ESME_RSYSERR"));
        assertThat(gateway.send(sms(CUSTOMER, "d"))).isInstanceOfSatisfying(SendOutcome.Failed.class,
                f -> assertThat(f.error()).contains("ESME_RINVDSTADR"));
        assertThat(gateway.send(sms(CUSTOMER, "e"))).isInstanceOf(SendOutcome.Accepted.class);
    }

    @Test
    void aRefusedSegmentInTheMiddleOfALongMessageEndsItAsSentSoTheFirstIsNeverRepeated() {
        SmppGateway gateway = bound(smpp(smsc.port()));
        smsc.next(Behaviour.OK, Behaviour.refuse(SMPPConstant.STAT_ESME_RSYSERR));

        SendOutcome outcome = gateway.send(sms(CUSTOMER, "z".repeat(300)));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Accepted.class, a -> assertThat(a.segments()).isEqualTo(1));
        assertThat(smsc.received()).as("each segment tried once: no second copy of the first").hasSize(2);
    }

    @Test
    void aThrottledSegmentInTheMiddleOfALongMessageWaitsInsteadOfSendingTheFirstAgain() {
        SmppGateway gateway = bound(smpp(smsc.port()));
        smsc.next(Behaviour.OK, Behaviour.refuse(SMPPConstant.STAT_ESME_RTHROTTLED));

        SendOutcome outcome = gateway.send(sms(CUSTOMER, "z".repeat(300)));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(smsc.acknowledged()).hasSize(2);
        assertThat(smsc.received()).as("the second segment tried twice, the first once").hasSize(3);
    }

    @Test
    void aLateReplyWithinTheTimeoutIsTakenAndOneThatNeverComesFailsWithoutASecondSend() {
        SmppGateway gateway = bound(smpp(smsc.port(), 500, Duration.ofSeconds(1), SmsSettings.IdFormat.TEXT, SmsSettings.IdFormat.TEXT));
        smsc.next(Behaviour.delay(Duration.ofMillis(400)), Behaviour.NO_REPLY);

        assertThat(gateway.send(sms(CUSTOMER, "late"))).isInstanceOf(SendOutcome.Accepted.class);
        long start = System.nanoTime();
        SendOutcome never = gateway.send(sms(CUSTOMER, "never"));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        // the SMSC may have taken it: sent again, the customer could get it twice
        assertThat(never).isInstanceOfSatisfying(SendOutcome.Failed.class,
                r -> assertThat(r.error()).startsWith("no submit_sm_resp within 1000 ms").contains("not sent again"));
        assertThat(tookMillis).isBetween(900L, 5_000L);
    }

    @Test
    void receiptsAreMatchedByOneNormalisationOfHexAndDecimalIds() {
        smsc.hexIdsInResponses().receipts(Receipts.DELIVERED);
        SmppGateway gateway = bound(smpp(smsc.port(), 500, Duration.ofSeconds(2), SmsSettings.IdFormat.HEX, SmsSettings.IdFormat.DECIMAL));

        SendOutcome.Accepted accepted = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, "receipt please"));

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.receipts).hasSize(1));
        assertThat(smsc.acknowledged().get(0).messageId()).as("the SMSC answered in upper-case hex").matches("[0-9A-F]+").containsPattern("[A-F]");
        assertThat(reports.receipts.get(0)).isEqualTo(new RecordingDeliveryReports.Receipt(Channel.SMS, accepted.gatewayMessageId(), true, null));
    }

    @Test
    void anUndeliveredReceiptCarriesItsStateAndErrorAndATlvIdIsReadInTheResponsesForm() {
        smsc.hexIdsInResponses().receiptIdAsTlv().receipts(Receipts.UNDELIVERABLE);
        SmppGateway gateway = bound(smpp(smsc.port(), 500, Duration.ofSeconds(2), SmsSettings.IdFormat.HEX, SmsSettings.IdFormat.DECIMAL));

        SendOutcome.Accepted accepted = (SendOutcome.Accepted) gateway.send(sms(CUSTOMER, "to a phone that is off"));

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.receipts).hasSize(1));
        assertThat(reports.receipts.get(0)).isEqualTo(
                new RecordingDeliveryReports.Receipt(Channel.SMS, accepted.gatewayMessageId(), false, "UNDELIV err:012"));
    }

    @Test
    void aReceiptTheOutboxCannotTakeIsRefusedSoTheSmscDeliversItAgain() {
        smsc.receipts(Receipts.DELIVERED);
        reports.refuseNext(1);
        SmppGateway gateway = bound(smpp(smsc.port()));

        gateway.send(sms(CUSTOMER, "x"));

        eventually(Duration.ofSeconds(5), () -> assertThat(smsc.deliverRefusals()).containsExactly(SMPPConstant.STAT_ESME_RX_T_APPN));
        assertThat(reports.receipts).isEmpty();
    }

    @Test
    void refusedBindsAreTriedAgainWithBackoffAndSendsWaitMeanwhileWithTheReason() {
        smsc.refuseBinds(3);
        SmppGateway gateway = new SmppGateway(smpp(smsc.port()), rate, new SmsInbound(reports.provider(), parts, clock)).start();
        opened.add(0, gateway);

        eventually(Duration.ofSeconds(5), () -> assertThat(smsc.bindsRefused()).isGreaterThanOrEqualTo(1));
        SendOutcome meanwhile = gateway.send(sms(CUSTOMER, "wait"));
        eventually(Duration.ofSeconds(10), () -> assertThat(gateway.bound()).isTrue());

        assertThat(meanwhile).isInstanceOfSatisfying(SendOutcome.Unreachable.class,
                r -> assertThat(r.error()).startsWith("SMPP gateway not bound: ").containsAnyOf("cannot bind", "not bound yet"));
        assertThat(smsc.bindsRefused()).isEqualTo(3);
        assertThat(gateway.send(sms(CUSTOMER, "now"))).isInstanceOf(SendOutcome.Accepted.class);
    }

    @Test
    void whileTheSmscIsDownMessagesWaitAndAfterItReturnsEachArrivesExactlyOnce() throws Exception {
        SmppGateway gateway = bound(smpp(smsc.port()));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) texts.add("message " + i);
        List<String> waiting = new ArrayList<>();
        int retries = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (i == 10) smsc.stop();
            if (i == 20) smsc.restart();
            SendOutcome outcome = gateway.send(sms(CUSTOMER, texts.get(i)));
            if (outcome instanceof SendOutcome.Retry || outcome instanceof SendOutcome.Unreachable) {
                waiting.add(texts.get(i));
                retries++;
            } else {
                assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
            }
        }
        // the outbox's part: what waited is tried again until the gateway takes it
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < end) {
            String text = waiting.get(0);
            if (gateway.send(sms(CUSTOMER, text)) instanceof SendOutcome.Accepted) waiting.remove(0);
            else Thread.sleep(50);
        }

        assertThat(retries).as("the messages sent while the SMSC was down waited").isGreaterThanOrEqualTo(10);
        assertThat(waiting).isEmpty();
        Map<String, Long> counted = smsc.acknowledged().stream().collect(Collectors.groupingBy(Submit::text, Collectors.counting()));
        assertThat(counted.keySet()).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(counted.values()).as("each message once at the SMSC").containsOnly(1L);
        assertThat(smsc.received()).as("nothing reached the SMSC that it did not acknowledge").hasSameSizeAs(smsc.acknowledged());
    }

    @Test
    void enquireLinkKeepsAQuietBindAlive() {
        SmsSettings.Smpp quick = new SmsSettings.Smpp("127.0.0.1", smsc.port(), "retain-el", "secret", "", "10690000", 500,
                Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMillis(400),
                SmsSettings.IdFormat.TEXT, SmsSettings.IdFormat.TEXT);
        SmppGateway gateway = bound(quick);

        eventually(Duration.ofSeconds(5), () -> assertThat(smsc.enquireLinks()).isGreaterThanOrEqualTo(3));
        assertThat(gateway.bound()).isTrue();
        assertThat(smsc.binds()).as("still the first bind").isEqualTo(1);
    }

    @Test
    void theRateHoldsAcrossTwoInstancesSharingTheDatabase() throws Exception {
        double perSecond = 20;
        SmppGateway one = bound(smpp(smsc.port(), perSecond, Duration.ofSeconds(2), SmsSettings.IdFormat.TEXT, SmsSettings.IdFormat.TEXT));
        SmppGateway two = bound(smpp(smsc.port(), perSecond, Duration.ofSeconds(2), SmsSettings.IdFormat.TEXT, SmsSettings.IdFormat.TEXT));
        assertThat(smsc.binds()).isEqualTo(2);

        Thread a = new Thread(() -> {
            for (int i = 0; i < 20; i++) one.send(sms(CUSTOMER, "one " + i));
        });
        Thread b = new Thread(() -> {
            for (int i = 0; i < 20; i++) two.send(sms(CUSTOMER, "two " + i));
        });
        a.start();
        b.start();
        a.join();
        b.join();

        List<Long> arrivals = smsc.acknowledged().stream().map(Submit::arrivedNanos).sorted().toList();
        assertThat(arrivals).hasSize(40);
        double seconds = (arrivals.get(39) - arrivals.get(0)) / 1e9;
        assertThat(seconds).as("40 submits at 20/s from both instances together take about 2 s").isGreaterThan(1.8);
        for (int i = 0; i + 21 < arrivals.size(); i++) {
            assertThat((arrivals.get(i + 21) - arrivals.get(i)) / 1e9).as("never 22 submits within one second").isGreaterThan(1.0);
        }
    }

    @Test
    void anEnglishReplyOfOnePartReachesTheOutboxFromTheCanonicalNumber() throws Exception {
        bound(smpp(smsc.port()));

        smsc.deliver("86" + CUSTOMER, new org.jsmpp.bean.ESMClass(), 0, Gsm7.encode("TD"));

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.inbound).containsExactly(
                new RecordingDeliveryReports.Inbound(Channel.SMS, CUSTOMER, "TD")));
    }

    @Test
    void aReplyInThreePartsIsReassembledWhateverTheirOrderAndWhicheverBindTheyCameOn() throws Exception {
        bound(smpp(smsc.port()));
        bound(smpp(smsc.port()));
        String text = "退订".repeat(50) + "😀" + "谢谢".repeat(40);
        byte[] all = text.getBytes(StandardCharsets.UTF_16BE);
        // cut at even offsets of the UTF-16 bytes, one cut through the emoji: joined before decoding, it survives
        int cut1 = 202;
        int cut2 = 300;
        byte[][] pieces = {java.util.Arrays.copyOfRange(all, 0, cut1), java.util.Arrays.copyOfRange(all, cut1, cut2),
                java.util.Arrays.copyOfRange(all, cut2, all.length)};
        int[] order = {2, 0, 1};
        for (int k = 0; k < 3; k++) {
            int i = order[k];
            byte[] data = dev.retain.engine.sms.UserDataHeader.prepend(new byte[] {0x06, 0x08, 0x04, 0x01, 0x2C, 0x03, (byte) (i + 1)}, pieces[i]);
            smsc.deliverVia(k % 2, "+86" + CUSTOMER, TestSmsc.udhi(), 8, data);
        }

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.inbound).hasSize(1));
        assertThat(reports.inbound.get(0)).isEqualTo(new RecordingDeliveryReports.Inbound(Channel.SMS, CUSTOMER, text));
    }

    @Test
    void partsCarriedInSarTlvsAreReassembledToo() throws Exception {
        bound(smpp(smsc.port()));
        String[] parts = {"Please STO", "P sending"};
        for (int i = 0; i < 2; i++) {
            smsc.deliver("8613900139000", new org.jsmpp.bean.ESMClass(), 0, Gsm7.encode(parts[i]),
                    org.jsmpp.bean.OptionalParameters.newSarMsgRefNum((short) 77), org.jsmpp.bean.OptionalParameters.newSarTotalSegments(2),
                    org.jsmpp.bean.OptionalParameters.newSarSegmentSeqnum(i + 1));
        }

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.inbound).extracting(RecordingDeliveryReports.Inbound::text)
                .containsExactly("Please STOP sending"));
    }

    @Test
    void aPartThatNeverCompletesIsDroppedAfterTheTimeout() throws Exception {
        bound(smpp(smsc.port()));
        byte[] first = dev.retain.engine.sms.UserDataHeader.prepend(dev.retain.engine.sms.UserDataHeader.concat(91, 2, 1), Gsm7.encode("half"));
        smsc.deliver("8613700137000", TestSmsc.udhi(), 0, first);
        eventually(Duration.ofSeconds(5), () -> assertThat(waitingParts("13700137000")).isEqualTo(1));

        assertThat(parts.dropIncomplete(Duration.ofHours(1))).as("not yet").isZero();
        Thread.sleep(20);
        assertThat(parts.dropIncomplete(Duration.ofMillis(10))).isEqualTo(1);

        assertThat(waitingParts("13700137000")).isZero();
        assertThat(reports.inbound).isEmpty();
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long waitingParts(String source) {
        return jdbc.sql("select count(*) from sms_inbound_part where source = ?").param(source).query(Long.class).single();
    }

    @Test
    void aReplyTheOutboxCannotTakeIsRefusedAndTakenWhenDeliveredAgain() throws Exception {
        bound(smpp(smsc.port()));
        reports.refuseNext(1);

        boolean first = smsc.deliver("8613600136000", new org.jsmpp.bean.ESMClass(), 0, Gsm7.encode("STOP"));
        boolean again = smsc.deliver("8613600136000", new org.jsmpp.bean.ESMClass(), 0, Gsm7.encode("STOP"));

        assertThat(first).isFalse();
        assertThat(smsc.deliverRefusals()).containsExactly(SMPPConstant.STAT_ESME_RX_T_APPN);
        assertThat(again).isTrue();
        assertThat(reports.inbound).extracting(RecordingDeliveryReports.Inbound::text).containsExactly("STOP");
    }

}
