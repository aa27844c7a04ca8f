package dev.retain.app.notify.sms.smpp;

import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.notify.sms.GatewayPacing;
import dev.retain.app.notify.sms.SmsAddresses;
import dev.retain.app.notify.sms.SmsGateway;
import dev.retain.app.notify.sms.SmsInbound;
import dev.retain.app.notify.sms.SmsSendRate;
import dev.retain.app.notify.sms.SmsSettings;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.sms.SmsSegments;
import dev.retain.engine.sms.SmsText.Encoding;
import dev.retain.engine.sms.UserDataHeader;
import java.io.IOException;
import java.time.Duration;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * SMS over SMPP 3.4 with jsmpp: one transceiver bind, kept by a thread of its own that binds
 * again with exponential backoff (with jitter) whenever the bind is lost — jsmpp sends
 * enquire_link itself after {@code enquire-link-interval} of silence and closes the session when
 * it goes unanswered. The session's state listener only wakes that thread: closing a jsmpp
 * session from inside its listener can deadlock (jsmpp issue 193).
 *
 * <p>A message goes as its segments ({@link SmsSegments}): data_coding 0 (the GSM 7-bit alphabet,
 * unpacked: the SMSC packs it) or 8 (UCS-2); a long one with a concatenation header (esm_class
 * UDHI) whose reference comes from the outbox's message id, so a retry reuses it. Each segment
 * takes a slot of the rate shared by all instances ({@link SmsSendRate}). The id returned is the
 * first segment's, normalised ({@link SmppMessageIds}); receipts of the other segments carry ids
 * the outbox does not know.
 */
public final class SmppGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);
    static final String NAME = "smpp";
    /** Tries of a throttled segment after the first: handing the message back would send the earlier segments twice. */
    private static final int MID_MESSAGE_TRIES = 3;

    private final SmsSettings.Smpp settings;
    private final SmsSendRate rate;
    private final SmppReceiver receiver;
    private final Object wake = new Object();
    private final Thread keeper;
    private volatile SMPPSession session;
    private volatile String problem = "not bound yet";
    private volatile long nextBindNanos = System.nanoTime();
    private volatile boolean closed;

    public SmppGateway(SmsSettings.Smpp settings, SmsSendRate rate, SmsInbound inbound) {
        this.settings = settings;
        this.rate = rate;
        this.receiver = new SmppReceiver(inbound, settings);
        this.keeper = new Thread(this::keepBound, "smpp-bind-" + settings.host() + ":" + settings.port());
        this.keeper.setDaemon(true);
    }

    /** Starts binding (in the background: a gateway that is down does not hold up the application's start). */
    public SmppGateway start() {
        keeper.start();
        return this;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean bound() {
        SMPPSession s = session;
        return s != null && s.getSessionState().isBound();
    }

    @Override
    public String problem() {
        return bound() ? null : problem;
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    /** The account whose rate the instances share: the same system id at the same SMSC. */
    private String rateKey() {
        return NAME + ":" + settings.systemId() + "@" + where();
    }

    private void keepBound() {
        Duration delay = settings.reconnectDelay();
        while (!closed) {
            SMPPSession current = session;
            if (current != null && current.getSessionState().isBound()) {
                pause(Duration.ofSeconds(1));
                continue;
            }
            if (current != null) {
                session = null;
                problem = "the bind to " + where() + " was lost (" + current.getSessionState() + ")";
                log.warn("SMPP: {}; binding again", problem);
                current.close();
            }
            try {
                session = bind();
                delay = settings.reconnectDelay();
                log.info("SMPP: bound to {} as transceiver '{}'", where(), settings.systemId());
            } catch (IOException | RuntimeException e) {
                problem = "cannot bind to " + where() + ": " + e.getMessage();
                Duration jittered = GatewayPacing.jittered(delay);
                nextBindNanos = System.nanoTime() + jittered.toNanos();
                log.warn("SMPP: {}; next try in {} s", problem, jittered.toMillis() / 1000.0);
                pause(jittered);
                delay = GatewayPacing.doubled(delay, settings.reconnectDelayMax());
            }
        }
    }

    private SMPPSession bind() throws IOException {
        SMPPSession s = new SMPPSession();
        s.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
        s.setTransactionTimer(settings.responseTimeout().toMillis());
        // receipts wait on the database: more threads, so a submit's response is not stuck behind them
        s.setPduProcessorDegree(4);
        s.setMessageReceiverListener(receiver);
        s.addSessionStateListener((newState, oldState, source) -> {
            if (!newState.isBound()) wakeKeeper();
        });
        s.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX, settings.systemId(),
                settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                settings.responseTimeout().toMillis());
        return s;
    }

    private void wakeKeeper() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void pause(Duration d) {
        synchronized (wake) {
            if (closed) return;
            try {
                wake.wait(Math.max(1, d.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
    }

    @Override
    public SendOutcome send(Dispatch dispatch) {
        SMPPSession s = session;
        if (s == null || !s.getSessionState().isBound()) {
            long untilBind = Math.max(0, nextBindNanos - System.nanoTime());
            return new SendOutcome.Unreachable("SMPP gateway not bound: " + problem, Duration.ofNanos(untilBind).plusSeconds(1));
        }
        SmsSegments.Split split = SmsSegments.split(dispatch.body());
        int segments = split.segments();
        if (segments > 255) return new SendOutcome.Failed("the text needs " + segments + " segments; at most 255 can be joined");
        Duration wait;
        try {
            wait = rate.reserve(rateKey(), segments, settings.maxPerSecond());
        } catch (DataAccessException e) {
            return new SendOutcome.Retry("no send slot: the database did not answer (" + e.getMostSpecificCause().getMessage() + ")",
                    Duration.ofSeconds(5));
        }
        GatewayPacing.Slots slots = GatewayPacing.Slots.after(wait, settings.maxPerSecond());
        String destination = SmsAddresses.international(dispatch.to());
        int reference = (int) (dispatch.messageId() & 0xFF);
        String firstId = null;
        for (int i = 0; i < segments; i++) {
            if (!slots.awaitSegment(i)) return new SendOutcome.Retry("interrupted while waiting for a send slot", null);
            byte[] data = split.parts().get(i).userData();
            if (segments > 1) data = UserDataHeader.prepend(UserDataHeader.concat(reference, segments, i + 1), data);
            Submitted submitted = submit(s, destination, data, segments > 1, split.encoding(), i > 0);
            if (submitted.refused() != null) {
                if (i > 0) {
                    // the first segments are on their way: sending the whole message again would repeat them to the customer
                    log.warn("SMPP: {} to {}: segment {} of {} not taken ({}); the first {} went out and are not sent again",
                            dispatch, PersonalData.maskMsisdn(dispatch.to()), i + 1, segments, describe(submitted.refused()), i);
                    return new SendOutcome.Accepted(firstId, i);
                }
                return submitted.refused();
            }
            if (i == 0) firstId = submitted.messageId();
        }
        return new SendOutcome.Accepted(firstId, segments);
    }

    private static String describe(SendOutcome outcome) {
        return outcome instanceof SendOutcome.Retry r ? r.error() : outcome instanceof SendOutcome.Failed f ? f.error()
                : outcome instanceof SendOutcome.Unreachable u ? u.error() : outcome.toString();
    }

    /** The normalised id of an accepted segment, or the outcome of a refused one. */
    private record Submitted(String messageId, SendOutcome refused) {
    }

    private Submitted submit(SMPPSession s, String destination, byte[] data, boolean concatenated, Encoding encoding, boolean midMessage) {
        for (int attempt = 1; ; attempt++) {
            try {
                String id = s.submitShortMessage(settings.systemType(), sourceTon(), NumberingPlanIndicator.UNKNOWN, settings.sourceAddress(),
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination,
                        concatenated ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass(),
                        (byte) 0, (byte) 0, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                        new RawDataCoding(encoding == Encoding.GSM7 ? (byte) 0x00 : (byte) 0x08), (byte) 0, data).getMessageId();
                return new Submitted(SmppMessageIds.normalise(id, settings.submitIdFormat()), null);
            } catch (NegativeResponseException e) {
                int status = e.getCommandStatus();
                if (SmppStatus.passing(status)) {
                    log.warn("SMPP: the SMSC answered {}: retain.sms.smpp.max-per-second ({}) may be above what it allows",
                            SmppStatus.describe(status), settings.maxPerSecond());
                    if (midMessage && attempt < MID_MESSAGE_TRIES && GatewayPacing.sleepUntil(System.nanoTime() + Duration.ofSeconds(attempt).toNanos())) {
                        continue;
                    }
                }
                return new Submitted(null, SmppStatus.outcome(status));
            } catch (ResponseTimeoutException e) {
                // the submit was written: a slow SMSC may well have taken it. A second greeting or code is worse than a visible failure
                return new Submitted(null, new SendOutcome.Failed("no submit_sm_resp within " + settings.responseTimeout().toMillis()
                        + " ms: the SMSC may have taken it, so it is not sent again"));
            } catch (InvalidResponseException e) {
                return new Submitted(null, new SendOutcome.Failed("invalid submit_sm_resp (" + e.getMessage()
                        + "): the SMSC may have taken it, so it is not sent again"));
            } catch (PDUException e) {
                return new Submitted(null, new SendOutcome.Failed("the message does not fit a submit_sm: " + e.getMessage()));
            } catch (IOException e) {
                wakeKeeper();
                return new Submitted(null, new SendOutcome.Retry("SMPP connection lost: " + e.getMessage(), Duration.ofSeconds(2)));
            }
        }
    }

    private TypeOfNumber sourceTon() {
        return settings.sourceAddress().chars().allMatch(Character::isDigit) ? TypeOfNumber.UNKNOWN : TypeOfNumber.ALPHANUMERIC;
    }


    @Override
    public void close() {
        closed = true;
        wakeKeeper();
        keeper.interrupt();
        try {
            keeper.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SMPPSession s = session;
        session = null;
        if (s != null) s.unbindAndClose();
    }
}
