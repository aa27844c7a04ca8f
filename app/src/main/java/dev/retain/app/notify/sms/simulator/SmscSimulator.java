package dev.retain.app.notify.sms.simulator;

import dev.retain.engine.value.Msisdn;
import dev.retain.app.notify.sms.SmsAddresses;
import dev.retain.engine.sms.Gsm7;
import dev.retain.engine.sms.SmsSegments;
import dev.retain.engine.sms.SmsText.Encoding;
import dev.retain.engine.sms.UserDataHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local SMSC of {@code retain demo} (issue 11 point 4): a real SMPP 3.4 server (jsmpp) on
 * 127.0.0.1, so the demo's SMS take the whole real path — outbox, policy, SMPP client, receipts.
 * It takes every submit_sm, answers a delivery receipt after a short delay, and keeps the last
 * {@value #KEPT} messages it received (in memory: it stands for the operator's SMSC, not for our
 * database) for the simulator page; a demo user can send a customer's reply through it.
 * Only a client with its system id and the password it made at start may bind.
 */
public final class SmscSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmscSimulator.class);
    static final int KEPT = 500;
    public static final String SYSTEM_ID = "retain";
    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");

    private final Clock clock;
    private final Duration receiptDelay;
    private final String password = newPassword();
    private final SMPPServerSessionListener listener;
    private final int port;
    private final Thread acceptor;
    private final ScheduledExecutorService receipts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "smsc-simulator-receipts");
        t.setDaemon(true);
        return t;
    });
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final Deque<SimulatedMessage> kept = new ArrayDeque<>();
    private final Map<String, String[]> partsOf = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();
    // ids go on from where an earlier start left them (roughly): a receipt kept from before a restart never matches a new message
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 1000);
    /** Secret texts announced and not arrived yet, counted: the same code sent twice is hidden twice. */
    private final java.util.Map<String, Integer> secretTexts = new java.util.concurrent.ConcurrentHashMap<>();
    /** The texts of secret messages, by message number: what the customer's handset shows, never on the list page. */
    private final java.util.Map<Long, String> handsetTexts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean closed;

    private SmscSimulator(Clock clock, Duration receiptDelay) throws IOException {
        this.clock = clock;
        this.receiptDelay = receiptDelay;
        LoopbackListener.Bound bound = LoopbackListener.listen(0);
        this.listener = bound.listener();
        this.port = bound.port();
        listener.setMessageReceiverListener(new Receiver());
        listener.setPduProcessorDegree(2);
        this.acceptor = new Thread(this::acceptClients, "smsc-simulator");
        this.acceptor.setDaemon(true);
    }

    private static String newPassword() {
        byte[] secret = new byte[4]; // SMPP allows a password of at most 8 characters
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** A simulator listening on a free port of 127.0.0.1. */
    public static SmscSimulator start(Clock clock, Duration receiptDelay) throws IOException {
        SmscSimulator simulator = new SmscSimulator(clock, receiptDelay);
        simulator.acceptor.start();
        log.info("SMS: no gateway configured; the local SMSC simulator listens on 127.0.0.1:{} (its messages: /sms/simulator)", simulator.port);
        return simulator;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** Newest first. */
    public List<SimulatedMessage> messages() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    public Optional<SimulatedMessage> message(long number) {
        return messages().stream().filter(m -> m.number() == number).findFirst();
    }

    /**
     * The next message to {@code to} with exactly this text is secret (a one-time code): the
     * simulator takes it like any other but keeps no text, so its page cannot show it.
     */
    public void expectSecret(String to, String text) {
        secretTexts.merge(secretKey(to, text), 1, Integer::sum);
    }

    private static String secretKey(String to, String text) {
        return Msisdn.canonical(to) + '\n' + text;
    }

    private boolean takeSecret(String key) {
        boolean[] found = {false};
        secretTexts.computeIfPresent(key, (k, n) -> {
            found[0] = true;
            return n == 1 ? null : n - 1;
        });
        return found[0];
    }

    /**
     * What the customer's handset shows for a secret message (the one-time code's text), for a demo user playing the
     * customer at a merchant's counter; empty for any other message. The page reveals it one message at a time, audited.
     */
    public Optional<String> handsetText(long number) {
        return Optional.ofNullable(handsetTexts.get(number));
    }

    private void keep(SimulatedMessage message) {
        if (!message.fromCustomer() && takeSecret(secretKey(message.to(), message.text()))) {
            handsetTexts.put(message.number(), message.text());
            message = message.withoutText();
        }
        synchronized (kept) {
            kept.addFirst(message);
            while (kept.size() > KEPT) handsetTexts.remove(kept.removeLast().number());
        }
    }

    private void acceptClients() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest bind = session.waitForBind(5_000);
                if (!SYSTEM_ID.equals(bind.getSystemId()) || !password.equals(bind.getPassword())) {
                    bind.reject(SMPPConstant.STAT_ESME_RINVPASWD);
                    continue;
                }
                bind.accept("retain-smsc"); // a system id of at most 15 characters
                sessions.add(session);
                session.addSessionStateListener((newState, oldState, source) -> {
                    if (!newState.isBound()) sessions.remove(source);
                });
            } catch (IOException e) {
                if (!closed) log.warn("SMSC simulator: {}", e.getMessage());
            } catch (Exception e) {
                if (!closed) log.warn("SMSC simulator: a client did not bind: {}", e.getMessage());
            }
        }
    }

    /** What became of a customer's reply the simulator was asked to send. */
    public enum Reply { DELIVERED, NO_CLIENT, REFUSED }

    /**
     * Sends {@code text} to the application as a message from the customer {@code from} (any form
     * of the number) to {@code to}, in as many parts as it needs.
     */
    public Reply sendFromCustomer(String from, String text, String to) {
        SMPPServerSession session = sessions.stream().filter(s -> s.getSessionState().isBound()).findFirst().orElse(null);
        if (session == null) return Reply.NO_CLIENT;
        SmsSegments.Split split = SmsSegments.split(text);
        int reference = (int) (numbers.get() & 0xFF);
        String source = SmsAddresses.international(from);
        try {
            for (int i = 0; i < split.segments(); i++) {
                byte[] data = split.parts().get(i).userData();
                boolean concatenated = split.segments() > 1;
                if (concatenated) data = UserDataHeader.prepend(UserDataHeader.concat(reference, split.segments(), i + 1), data);
                session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, source,
                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, to,
                        concatenated ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass(),
                        (byte) 0, (byte) 0, new RegisteredDelivery(0), new RawDataCoding(coding(split.encoding())), data);
            }
        } catch (Exception e) {
            log.warn("SMSC simulator: the application did not take a customer's reply: {}", e.getMessage());
            return Reply.REFUSED;
        }
        keep(new SimulatedMessage(numbers.incrementAndGet(), clock.instant(), from, to, text, split.encoding().name(), split.segments(), true));
        return Reply.DELIVERED;
    }

    private static byte coding(Encoding encoding) {
        return encoding == Encoding.GSM7 ? (byte) 0x00 : (byte) 0x08;
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
            String id = Long.toString(ids.incrementAndGet());
            byte[] data = submit.getShortMessage() == null ? new byte[0] : submit.getShortMessage();
            UserDataHeader.Concat concat = null;
            if (submit.isUdhi()) {
                UserDataHeader.Parsed header = UserDataHeader.parse(data);
                concat = header.concat().orElse(null);
                data = Arrays.copyOfRange(data, header.textOffset(), data.length);
            }
            String text = (submit.getDataCoding() & 0xFF) == 0x08 ? new String(data, StandardCharsets.UTF_16BE) : Gsm7.decode(data);
            String encoding = (submit.getDataCoding() & 0xFF) == 0x08 ? "UCS2" : "GSM7";
            if (concat == null || concat.total() == 1) {
                keep(new SimulatedMessage(numbers.incrementAndGet(), clock.instant(), submit.getSourceAddr(), submit.getDestAddress(), text,
                        encoding, 1, false));
            } else {
                joinPart(submit, concat, text, encoding);
            }
            if (submit.getRegisteredDelivery() != 0) scheduleReceipt(source, submit, id);
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        private void joinPart(SubmitSm submit, UserDataHeader.Concat concat, String text, String encoding) {
            String key = submit.getDestAddress() + ':' + concat.reference() + ':' + concat.total();
            String[] parts = partsOf.computeIfAbsent(key, k -> new String[concat.total()]);
            synchronized (parts) {
                parts[concat.sequence() - 1] = text;
                if (Arrays.stream(parts).anyMatch(p -> p == null)) return;
                partsOf.remove(key);
            }
            keep(new SimulatedMessage(numbers.incrementAndGet(), clock.instant(), submit.getSourceAddr(), submit.getDestAddress(),
                    String.join("", parts), encoding, concat.total(), false));
        }

        private void scheduleReceipt(SMPPServerSession session, SubmitSm submit, String id) {
            receipts.schedule(() -> {
                String date = RECEIPT_DATE.format(clock.instant().atZone(ZoneId.of("UTC")));
                String receipt = "id:" + id + " sub:001 dlvrd:001 submit date:" + date + " done date:" + date + " stat:DELIVRD err:000 text:";
                try {
                    session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, submit.getDestAddress(),
                            TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, submit.getSourceAddr(),
                            new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0,
                            new RegisteredDelivery(0), new RawDataCoding((byte) 0), receipt.getBytes(StandardCharsets.ISO_8859_1));
                } catch (Exception e) {
                    // the client refused it (its outbox is busy) or is gone: a real SMSC would try again later; the simulator does not
                    log.debug("SMSC simulator: receipt {} not delivered: {}", id, e.getMessage());
                }
            }, receiptDelay.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw notTaken();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw notTaken();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw notTaken();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw notTaken();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw notTaken();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw notTaken();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw notTaken();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw notTaken();
        }

        private ProcessRequestException notTaken() {
            return new ProcessRequestException("not offered by the simulator", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    @Override
    public void close() {
        closed = true;
        receipts.shutdownNow();
        for (SMPPServerSession s : new ArrayList<>(sessions)) s.unbindAndClose();
        try {
            listener.close();
        } catch (IOException e) {
            log.debug("SMSC simulator: {}", e.getMessage());
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
