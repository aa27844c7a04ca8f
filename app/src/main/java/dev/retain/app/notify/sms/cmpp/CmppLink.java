package dev.retain.app.notify.sms.cmpp;

import dev.retain.app.notify.sms.SmsSettings;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated CMPP connection (a long connection, CMPP 3.0 §6.1): CMPP_CONNECT with the
 * MD5 authenticator, then a reader thread that matches responses to requests by Sequence_Id,
 * answers the gateway's CMPP_ACTIVE_TEST and CMPP_TERMINATE, and hands each CMPP_DELIVER to a
 * worker (the outbox's database must not hold up the responses behind it). A sliding window caps
 * the submits awaiting their response; CMPP_ACTIVE_TEST goes out after a quiet interval and three
 * unanswered ones close the link.
 */
final class CmppLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CmppLink.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("MMddHHmmss");
    private static final int ACTIVE_TESTS_UNANSWERED = 3;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final CmppVersion version;
    private final Duration responseTimeout;
    private final Semaphore window;
    private final ToIntFunction<CmppMessages.Deliver> deliveries;
    private final Runnable onClosed;
    private final Map<Integer, CompletableFuture<CmppPdu>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeat;
    private volatile long lastHeard = System.nanoTime();
    private volatile boolean closed;
    private volatile boolean terminating;
    private int unanswered;

    private CmppLink(Socket socket, CmppVersion version, SmsSettings.Cmpp settings, ToIntFunction<CmppMessages.Deliver> deliveries,
                     Runnable onClosed) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
        this.version = version;
        this.responseTimeout = settings.responseTimeout();
        this.window = new Semaphore(settings.window());
        this.deliveries = deliveries;
        this.onClosed = onClosed;
        String name = "cmpp-" + settings.host() + ":" + settings.port();
        this.workers = Executors.newFixedThreadPool(2, daemon(name + "-deliver"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon(name + "-active-test"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Connects and authenticates; throws with the gateway's status when it refuses. */
    static CmppLink open(SmsSettings.Cmpp settings, CmppVersion version, Clock clock, ToIntFunction<CmppMessages.Deliver> deliveries,
                         Runnable onClosed) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), (int) settings.responseTimeout().toMillis());
            socket.setTcpNoDelay(true);
            CmppLink link = new CmppLink(socket, version, settings, deliveries, onClosed);
            link.authenticate(settings, clock);
            link.startReading(settings.activeTestInterval());
            return link;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void authenticate(SmsSettings.Cmpp settings, Clock clock) throws IOException {
        String timestamp = TIMESTAMP.format(clock.instant().atZone(clock.getZone()));
        int seq = sequence.incrementAndGet();
        write(new CmppPdu(CmppPdu.CONNECT, seq, CmppMessages.connect(settings.spId(), secret(settings), timestamp, version)));
        socket.setSoTimeout((int) responseTimeout.toMillis());
        CmppPdu answer;
        try {
            answer = CmppPdu.read(in);
        } catch (java.net.SocketTimeoutException e) {
            throw new IOException("no CMPP_CONNECT_RESP within " + responseTimeout.toMillis() + " ms");
        }
        socket.setSoTimeout(0);
        if (answer.commandId() != (CmppPdu.CONNECT | CmppPdu.RESP)) {
            throw new IOException(String.format("the gateway answered the connect with command 0x%08X", answer.commandId()));
        }
        CmppMessages.ConnectResp resp = CmppMessages.connectResp(answer.body(), version);
        if (resp.status() != 0) throw new IOException("CMPP_CONNECT refused: status " + CmppResults.connectStatus(resp.status()));
        byte[] source = CmppMessages.authenticatorSource(settings.spId(), secret(settings), timestamp);
        if (!Arrays.equals(resp.authenticatorIsmg(), CmppMessages.authenticatorIsmg(0, source, secret(settings), version))) {
            // the gateway's proof of the secret is optional to check; some gateways fill it differently
            log.warn("CMPP: the gateway's AuthenticatorISMG does not match the shared secret");
        }
    }

    private static String secret(SmsSettings.Cmpp settings) {
        return settings.sharedSecret() == null ? "" : settings.sharedSecret();
    }

    private void startReading(Duration activeTestInterval) {
        Thread reader = new Thread(this::read, "cmpp-reader-" + socket.getPort());
        reader.setDaemon(true);
        reader.start();
        long period = Math.max(1, activeTestInterval.toMillis() / 2);
        heartbeat.scheduleWithFixedDelay(() -> activeTest(activeTestInterval), period, period, TimeUnit.MILLISECONDS);
    }

    boolean isOpen() {
        return !closed;
    }

    private void read() {
        try {
            while (!closed) {
                CmppPdu pdu = CmppPdu.read(in);
                lastHeard = System.nanoTime();
                if (pdu.isResponse()) {
                    CompletableFuture<CmppPdu> waiting = pending.remove(pdu.sequenceId());
                    if (waiting != null) waiting.complete(pdu);
                    continue;
                }
                switch (pdu.commandId()) {
                    case CmppPdu.DELIVER -> workers.execute(() -> deliver(pdu));
                    case CmppPdu.ACTIVE_TEST -> write(new CmppPdu(CmppPdu.ACTIVE_TEST | CmppPdu.RESP, pdu.sequenceId(), CmppMessages.activeTestResp()));
                    case CmppPdu.TERMINATE -> {
                        write(new CmppPdu(CmppPdu.TERMINATE | CmppPdu.RESP, pdu.sequenceId(), new byte[0]));
                        log.info("CMPP: the gateway ended the connection (CMPP_TERMINATE)");
                        close();
                    }
                    default -> log.debug("CMPP: ignored command 0x{}", Integer.toHexString(pdu.commandId()));
                }
            }
        } catch (IOException e) {
            if (!closed && !terminating) log.warn("CMPP: connection lost: {}", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            close();
        }
    }

    private void deliver(CmppPdu pdu) {
        CmppMessages.Deliver deliver;
        int result;
        try {
            deliver = CmppMessages.deliver(pdu.body(), version);
        } catch (RuntimeException e) {
            log.warn("CMPP: a malformed CMPP_DELIVER was refused: {}", e.getMessage());
            sendQuietly(new CmppPdu(CmppPdu.DELIVER | CmppPdu.RESP, pdu.sequenceId(), CmppMessages.deliverResp(0, 1, version)));
            return;
        }
        result = deliveries.applyAsInt(deliver);
        sendQuietly(new CmppPdu(CmppPdu.DELIVER | CmppPdu.RESP, pdu.sequenceId(), CmppMessages.deliverResp(deliver.msgId(), result, version)));
    }

    private void activeTest(Duration interval) {
        if (closed || System.nanoTime() - lastHeard < interval.toNanos()) return;
        try {
            exchange(CmppPdu.ACTIVE_TEST, new byte[0], false);
            unanswered = 0;
        } catch (IOException | TimeoutException e) {
            if (++unanswered >= ACTIVE_TESTS_UNANSWERED) {
                log.warn("CMPP: {} active tests unanswered; closing the connection", unanswered);
                close();
            }
        }
    }

    /** A submit through the window: waits for a place at most the response timeout. */
    CmppPdu submit(byte[] body) throws IOException, TimeoutException {
        return exchange(CmppPdu.SUBMIT, body, true);
    }

    private CmppPdu exchange(int command, byte[] body, boolean windowed) throws IOException, TimeoutException {
        if (closed) throw new IOException("the CMPP connection is closed");
        if (windowed) {
            try {
                if (!window.tryAcquire(responseTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new TimeoutException("the window of " + window.availablePermits() + " unanswered submits stayed full");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for the window", e);
            }
        }
        int seq = sequence.updateAndGet(s -> s == Integer.MAX_VALUE ? 1 : s + 1);
        CompletableFuture<CmppPdu> answer = new CompletableFuture<>();
        pending.put(seq, answer);
        try {
            write(new CmppPdu(command, seq, body));
        } catch (IOException e) {
            pending.remove(seq);
            if (windowed) window.release();
            throw e;
        }
        // from here the gateway has the PDU: no answer does not mean it was not taken
        try {
            return answer.get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Unanswered("no response within " + responseTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new Unanswered("the connection ended before the response (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for a response", e);
        } finally {
            pending.remove(seq);
            if (windowed) window.release();
        }
    }

    /** The PDU was written but no response came (in time, or before the connection ended): it may have been taken. */
    static final class Unanswered extends TimeoutException {
        Unanswered(String message) {
            super(message);
        }
    }

    private void write(CmppPdu pdu) throws IOException {
        synchronized (out) {
            pdu.writeTo(out);
        }
    }

    private void sendQuietly(CmppPdu pdu) {
        try {
            write(pdu);
        } catch (IOException e) {
            log.debug("CMPP: could not answer: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        pending.values().forEach(f -> f.completeExceptionally(new IOException("the CMPP connection closed")));
        heartbeat.shutdownNow();
        workers.shutdown();
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("CMPP: {}", e.getMessage());
        }
        onClosed.run();
    }

    /** Ends the connection politely (CMPP_TERMINATE, waiting briefly for its answer), then closes it. */
    void terminate() {
        if (closed) return;
        terminating = true;
        try {
            exchange(CmppPdu.TERMINATE, new byte[0], false);
        } catch (IOException | TimeoutException e) {
            log.debug("CMPP: terminate: {}", e.getMessage());
        }
        close();
    }
}
