package dev.retain.app.notify.sms;

import dev.retain.app.notify.sms.simulator.LoopbackListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMSC inside the test (jsmpp's server on 127.0.0.1) that misbehaves on demand: it refuses
 * binds, answers submits late, never, or with an error status, sends delivery receipts with ids in
 * another form than its submit responses, goes down and comes back on the same port, and sends
 * customers' messages in parts. It counts what it received and what it acknowledged.
 */
final class TestSmsc implements AutoCloseable {

    /** What the SMSC does with one submit_sm. */
    sealed interface Behaviour {
        Behaviour OK = new Ok();
        Behaviour NO_REPLY = new NoReply();

        static Behaviour delay(Duration d) {
            return new Delay(d);
        }

        static Behaviour refuse(int status) {
            return new Refuse(status);
        }
    }

    record Ok() implements Behaviour {
    }

    record NoReply() implements Behaviour {
    }

    record Delay(Duration delay) implements Behaviour {
    }

    record Refuse(int status) implements Behaviour {
    }

    /** A submit_sm as received: its id when acknowledged, and when it arrived (System.nanoTime). */
    record Submit(String destination, byte esmClass, int dataCoding, byte[] shortMessage, String messageId, long arrivedNanos) {

        boolean udhi() {
            return (esmClass & 0x40) != 0;
        }

        /** The text after the concatenation header, decoded by data_coding. */
        String text() {
            byte[] data = udhi() ? Arrays.copyOfRange(shortMessage, 1 + (shortMessage[0] & 0xFF), shortMessage.length) : shortMessage;
            return dataCoding == 8 ? new String(data, StandardCharsets.UTF_16BE) : dev.retain.engine.sms.Gsm7.decode(data);
        }
    }

    /** Receipts the SMSC sends after acknowledging a submit. */
    enum Receipts { NONE, DELIVERED, UNDELIVERABLE }

    private final int port;
    private final Deque<Behaviour> next = new ConcurrentLinkedDeque<>();
    private final List<Submit> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Integer> deliverRefusals = new CopyOnWriteArrayList<>();
    private final AtomicInteger bindsToRefuse = new AtomicInteger();
    private final AtomicInteger bindsRefused = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private final AtomicInteger enquireLinks = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(0xA0);
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    private volatile CountDownLatch released = new CountDownLatch(1);
    private volatile Receipts receipts = Receipts.NONE;
    private volatile boolean hexIdsInResponses;
    private volatile boolean receiptIdAsTlv;
    private volatile SMPPServerSessionListener listener;
    private volatile Thread acceptor;

    private TestSmsc(int port) {
        this.port = port;
    }

    static TestSmsc start() throws IOException {
        LoopbackListener.Bound bound = LoopbackListener.listen(0);
        TestSmsc smsc = new TestSmsc(bound.port());
        smsc.serve(bound.listener());
        return smsc;
    }

    int port() {
        return port;
    }

    private void serve(SMPPServerSessionListener l) {
        l.setMessageReceiverListener(new Receiver());
        l.setPduProcessorDegree(4);
        listener = l;
        acceptor = new Thread(() -> accept(l), "test-smsc-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(SMPPServerSessionListener l) {
        while (listener == l) {
            try {
                SMPPServerSession session = l.accept();
                BindRequest bind = session.waitForBind(5_000);
                if (bindsToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    bindsRefused.incrementAndGet();
                    bind.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
                    continue;
                }
                bind.accept("test-smsc");
                binds.incrementAndGet();
                sessions.add(session);
            } catch (Exception e) {
                // the listener closed (stop) or a client gave up binding
            }
        }
    }

    /** Behaviours for the next submits, in order; after them every submit is acknowledged. */
    TestSmsc next(Behaviour... behaviours) {
        next.addAll(List.of(behaviours));
        return this;
    }

    TestSmsc refuseBinds(int count) {
        bindsToRefuse.set(count);
        return this;
    }

    TestSmsc receipts(Receipts r) {
        receipts = r;
        return this;
    }

    /** Message ids in submit_sm_resp as upper-case hex; in the receipts' text as decimal (as many SMSCs mix them). */
    TestSmsc hexIdsInResponses() {
        hexIdsInResponses = true;
        return this;
    }

    /** The receipt names the message in the receipted_message_id TLV (in the response's form) instead of its text. */
    TestSmsc receiptIdAsTlv() {
        receiptIdAsTlv = true;
        return this;
    }

    List<Submit> received() {
        return List.copyOf(received);
    }

    List<Submit> acknowledged() {
        return received.stream().filter(s -> s.messageId() != null).toList();
    }

    int binds() {
        return binds.get();
    }

    int bindsRefused() {
        return bindsRefused.get();
    }

    int enquireLinks() {
        return enquireLinks.get();
    }

    /** Statuses with which the client refused deliver_sm PDUs. */
    List<Integer> deliverRefusals() {
        return List.copyOf(deliverRefusals);
    }

    /** Goes down: no more connections, every session closed, submits waiting for a reply let go. */
    void stop() throws IOException {
        SMPPServerSessionListener l = listener;
        listener = null;
        released.countDown();
        if (l != null) l.close();
        for (SMPPServerSession s : sessions) s.close();
        sessions.clear();
    }

    /** Comes back on the same port. */
    void restart() throws IOException {
        released = new CountDownLatch(1);
        serve(LoopbackListener.listen(port).listener());
    }

    /** A deliver_sm to the first bound client; true when it acknowledged it, false when it answered an error status. */
    boolean deliver(String from, ESMClass esm, int dataCoding, byte[] shortMessage, OptionalParameter... tlvs) throws Exception {
        SMPPServerSession session = sessions.stream().filter(s -> s.getSessionState().isBound()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no client bound"));
        return deliver(session, from, esm, dataCoding, shortMessage, tlvs);
    }

    /** The same through the {@code index}-th bound client (several instances of the application bind at once). */
    boolean deliverVia(int index, String from, ESMClass esm, int dataCoding, byte[] shortMessage) throws Exception {
        List<SMPPServerSession> bound = sessions.stream().filter(s -> s.getSessionState().isBound()).toList();
        return deliver(bound.get(index), from, esm, dataCoding, shortMessage);
    }

    private boolean deliver(SMPPServerSession session, String from, ESMClass esm, int dataCoding, byte[] shortMessage,
                            OptionalParameter... tlvs) throws Exception {
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from, TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, "10690000", esm, (byte) 0, (byte) 0, new RegisteredDelivery(0),
                    new RawDataCoding((byte) dataCoding), shortMessage, tlvs);
            return true;
        } catch (NegativeResponseException e) {
            deliverRefusals.add(e.getCommandStatus());
            return false;
        }
    }

    static ESMClass udhi() {
        return new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
            long arrived = System.nanoTime();
            Behaviour b = next.poll();
            if (b == null) b = Behaviour.OK;
            if (b instanceof Refuse r) {
                received.add(submitOf(submit, null, arrived));
                throw new ProcessRequestException("refused by the test", r.status());
            }
            if (b instanceof NoReply) {
                received.add(submitOf(submit, null, arrived));
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new ProcessRequestException("never answered", SMPPConstant.STAT_ESME_RSYSERR);
            }
            if (b instanceof Delay d) {
                try {
                    Thread.sleep(d.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            long n = ids.incrementAndGet();
            String responseId = hexIdsInResponses ? Long.toHexString(n).toUpperCase() : Long.toString(n);
            received.add(submitOf(submit, responseId, arrived));
            if (receipts != Receipts.NONE) later.schedule(() -> receipt(source, submit, n, responseId), 50, TimeUnit.MILLISECONDS);
            try {
                return new SubmitSmResult(new MessageId(responseId), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        private Submit submitOf(SubmitSm s, String id, long arrived) {
            return new Submit(s.getDestAddress(), s.getEsmClass(), s.getDataCoding() & 0xFF, s.getShortMessage(), id, arrived);
        }

        private void receipt(SMPPServerSession session, SubmitSm submit, long n, String responseId) {
            boolean ok = receipts == Receipts.DELIVERED;
            String textId = receiptIdAsTlv ? "" : "id:" + n + " ";
            // no sub: and dlvrd: fields, as some SMSCs send them
            String text = textId + "submit date:2610010930 done date:2610010931 stat:" + (ok ? "DELIVRD" : "UNDELIV")
                    + " err:" + (ok ? "000" : "012") + " text:";
            List<OptionalParameter> tlvs = new ArrayList<>();
            if (receiptIdAsTlv) tlvs.add(new OptionalParameter.Receipted_message_id(responseId));
            try {
                session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, submit.getDestAddress(),
                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, submit.getSourceAddr(),
                        new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0,
                        new RegisteredDelivery(0), new RawDataCoding((byte) 0), text.getBytes(StandardCharsets.ISO_8859_1),
                        tlvs.toArray(OptionalParameter[]::new));
            } catch (NegativeResponseException e) {
                deliverRefusals.add(e.getCommandStatus());
            } catch (Exception e) {
                // the client went away
            }
        }

        @Override
        public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
            enquireLinks.incrementAndGet();
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm q, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("no", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        later.shutdownNow();
    }
}
