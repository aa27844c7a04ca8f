package dev.retain.app.notify.sms.cmpp;

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
import dev.retain.engine.sms.SmsText;
import dev.retain.engine.sms.UserDataHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * SMS over CMPP 3.0 or 2.0 to a China Mobile ISMG, behind the same outbox as SMPP. Written on a
 * plain socket from the published specification rather than with {@code com.chinamobile.cmos:sms-core}:
 * the protocol needs a handful of fixed-layout messages, while that library's jar carries licence
 * files that disagree with each other and pins an old Netty that would clash with the
 * application's.
 *
 * <p>Text goes as ASCII (Msg_Fmt 0) when it is plain ASCII and fits one message, else as UCS-2
 * (Msg_Fmt 8) in segments of 67 with a concatenation header (TP_udhi 1, Pk_total, Pk_number):
 * gateways differ in how they turn Msg_Fmt 0 with a header into 7-bit segments, so long texts do
 * not rely on it. Status reports are matched by the submit response's Msg_Id as an unsigned
 * decimal — the same 64 bits come back in the report, so no setting is needed.
 */
public final class CmppGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(CmppGateway.class);
    static final String NAME = "cmpp";
    private static final int MID_MESSAGE_TRIES = 3;
    /** CMPP_DELIVER_RESP results: 0 taken, 1 malformed, 8 flow control (the gateway delivers it again later). */
    private static final int TAKEN = 0;
    private static final int MALFORMED = 1;
    private static final int NOT_NOW = 8;

    private final SmsSettings.Cmpp settings;
    private final CmppVersion version;
    private final SmsSendRate rate;
    private final SmsInbound inbound;
    private final Clock clock;
    private final Object wake = new Object();
    private final Thread keeper;
    private volatile CmppLink link;
    private volatile String problem = "not connected yet";
    private volatile long nextConnectNanos = System.nanoTime();
    private volatile boolean closed;

    public CmppGateway(SmsSettings.Cmpp settings, SmsSendRate rate, SmsInbound inbound, Clock clock) {
        this.settings = settings;
        this.version = CmppVersion.of(settings.version());
        this.rate = rate;
        this.inbound = inbound;
        this.clock = clock;
        this.keeper = new Thread(this::keepConnected, "cmpp-connect-" + settings.host() + ":" + settings.port());
        this.keeper.setDaemon(true);
    }

    public CmppGateway start() {
        keeper.start();
        return this;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean bound() {
        CmppLink l = link;
        return l != null && l.isOpen();
    }

    @Override
    public String problem() {
        return bound() ? null : problem;
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private void keepConnected() {
        Duration delay = settings.reconnectDelay();
        while (!closed) {
            if (bound()) {
                pause(Duration.ofSeconds(1));
                continue;
            }
            if (link != null) {
                link = null;
                problem = "the connection to " + where() + " was lost";
                log.warn("CMPP: {}; connecting again", problem);
            }
            try {
                link = CmppLink.open(settings, version, clock, this::delivered, this::wakeKeeper);
                delay = settings.reconnectDelay();
                log.info("CMPP {}: connected to {} as SP '{}'", settings.version(), where(), settings.spId());
            } catch (IOException | RuntimeException e) {
                problem = "cannot connect to " + where() + ": " + e.getMessage();
                Duration jittered = GatewayPacing.jittered(delay);
                nextConnectNanos = System.nanoTime() + jittered.toNanos();
                log.warn("CMPP: {}; next try in {} s", problem, jittered.toMillis() / 1000.0);
                pause(jittered);
                delay = GatewayPacing.doubled(delay, settings.reconnectDelayMax());
            }
        }
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

    /** A CMPP_DELIVER: a status report or a customer's message (or a part of one), answered with its result. */
    private int delivered(CmppMessages.Deliver deliver) {
        try {
            if (deliver.statusReport()) {
                CmppMessages.Report report = CmppMessages.report(deliver.content());
                boolean ok = "DELIVRD".equalsIgnoreCase(report.stat());
                inbound.receipt(Long.toUnsignedString(report.msgId()), ok, ok ? null : report.stat());
                return TAKEN;
            }
            byte[] content = deliver.content();
            UserDataHeader.Concat concat = null;
            if (deliver.tpUdhi() == 1) {
                UserDataHeader.Parsed header = UserDataHeader.parse(content);
                concat = header.concat().orElse(null);
                content = Arrays.copyOfRange(content, header.textOffset(), content.length);
            }
            inbound.message(deliver.sourceTerminalId(), concat, deliver.format(), content,
                    whole -> CmppDataCoding.decode(whole.coding(), whole.payload()));
            return TAKEN;
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            log.warn("CMPP: a malformed CMPP_DELIVER from {} was refused: {}", PersonalData.maskMsisdn(deliver.sourceTerminalId()), e.getMessage());
            return MALFORMED;
        } catch (RuntimeException e) {
            log.warn("CMPP: could not hand a CMPP_DELIVER to the outbox, the gateway will deliver it again: {}",
                    PersonalData.maskNumbersIn(String.valueOf(e.getMessage())));
            return NOT_NOW;
        }
    }

    /** The Msg_Fmt and the contents of each CMPP_SUBMIT for {@code text}. */
    record Encoded(int format, List<byte[]> contents) {
    }

    static Encoded encode(String text, int reference) {
        String t = text == null ? "" : text;
        boolean ascii = t.chars().allMatch(c -> c < 0x80);
        SmsText.Plan plan = SmsText.plan(t);
        if (ascii && plan.encoding() == SmsText.Encoding.GSM7 && plan.segments() == 1 && t.length() <= 160) {
            return new Encoded(CmppDataCoding.ASCII, List.of(t.getBytes(StandardCharsets.US_ASCII)));
        }
        SmsSegments.Split split = SmsSegments.split(t, SmsText.Encoding.UCS2);
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < split.segments(); i++) {
            byte[] data = split.parts().get(i).userData();
            contents.add(split.segments() == 1 ? data : UserDataHeader.prepend(UserDataHeader.concat(reference, split.segments(), i + 1), data));
        }
        return new Encoded(CmppDataCoding.UCS2, contents);
    }

    @Override
    public SendOutcome send(Dispatch dispatch) {
        CmppLink l = link;
        if (l == null || !l.isOpen()) {
            long untilConnect = Math.max(0, nextConnectNanos - System.nanoTime());
            return new SendOutcome.Unreachable("CMPP gateway not connected: " + problem, Duration.ofNanos(untilConnect).plusSeconds(1));
        }
        Encoded encoded = encode(dispatch.body(), (int) (dispatch.messageId() & 0xFF));
        int segments = encoded.contents().size();
        if (segments > 255) return new SendOutcome.Failed("the text needs " + segments + " segments; at most 255 can be joined");
        Duration wait;
        try {
            wait = rate.reserve(NAME + ":" + settings.spId() + "@" + where(), segments, settings.maxPerSecond());
        } catch (DataAccessException e) {
            return new SendOutcome.Retry("no send slot: the database did not answer (" + e.getMostSpecificCause().getMessage() + ")",
                    Duration.ofSeconds(5));
        }
        GatewayPacing.Slots slots = GatewayPacing.Slots.after(wait, settings.maxPerSecond());
        String destination = SmsAddresses.fromGateway(dispatch.to());
        String firstId = null;
        for (int i = 0; i < segments; i++) {
            if (!slots.awaitSegment(i)) return new SendOutcome.Retry("interrupted while waiting for a send slot", null);
            CmppMessages.Submit submit = new CmppMessages.Submit(segments, i + 1, settings.serviceId(), segments > 1, encoded.format(),
                    settings.spId(), settings.sourceAddress(), destination, encoded.contents().get(i));
            Object result = submit(l, CmppMessages.submit(submit, version), i > 0);
            if (result instanceof SendOutcome refused) {
                if (i > 0) {
                    // the first segments are on their way: sending the whole message again would repeat them to the customer
                    log.warn("CMPP: {} to {}: segment {} of {} not taken; the first {} went out and are not sent again", dispatch,
                            PersonalData.maskMsisdn(dispatch.to()), i + 1, segments, i);
                    return new SendOutcome.Accepted(firstId, i);
                }
                return refused;
            }
            if (i == 0) firstId = (String) result;
        }
        return new SendOutcome.Accepted(firstId, segments);
    }

    /** The Msg_Id of an accepted submit (unsigned decimal), or the outcome of a refused one. */
    private Object submit(CmppLink l, byte[] body, boolean midMessage) {
        for (int attempt = 1; ; attempt++) {
            try {
                CmppMessages.SubmitResp resp = CmppMessages.submitResp(l.submit(body).body(), version);
                if (resp.result() == 0) return Long.toUnsignedString(resp.msgId());
                if (CmppResults.passing(resp.result())) {
                    log.warn("CMPP: the gateway answered flow control: retain.sms.cmpp.max-per-second ({}) may be above what it allows",
                            settings.maxPerSecond());
                    if (midMessage && attempt < MID_MESSAGE_TRIES && GatewayPacing.sleepUntil(System.nanoTime() + Duration.ofSeconds(attempt).toNanos())) {
                        continue;
                    }
                }
                return CmppResults.submitOutcome(resp.result());
            } catch (CmppLink.Unanswered e) {
                // the submit was written: a slow gateway may well have taken it. A second greeting or code is worse than a visible failure
                return new SendOutcome.Failed("CMPP_SUBMIT: " + e.getMessage() + ": the gateway may have taken it, so it is not sent again");
            } catch (TimeoutException e) {
                return new SendOutcome.Retry("CMPP_SUBMIT: " + e.getMessage(), Duration.ofSeconds(5));
            } catch (IOException e) {
                wakeKeeper();
                return new SendOutcome.Retry("CMPP connection lost: " + e.getMessage(), Duration.ofSeconds(2));
            } catch (java.nio.BufferUnderflowException e) {
                return new SendOutcome.Retry("CMPP_SUBMIT_RESP too short", Duration.ofSeconds(5));
            }
        }
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
        CmppLink l = link;
        link = null;
        if (l != null) l.terminate();
    }
}
