package dev.retain.app.notify.sms;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A China Mobile ISMG inside the test: a CMPP 3.0 / 2.0 server on a plain socket on 127.0.0.1,
 * reading the messages field by field as the published specification lays them out — written
 * apart from the application's own CMPP code, so a wrong offset there shows here. It checks the
 * connect's MD5 authenticator, answers submits (or not, late, or with an error result), sends
 * status reports and customers' messages, answers and sends CMPP_ACTIVE_TEST, and measures how
 * many submits were awaiting a response at once.
 */
final class TestIsmg implements AutoCloseable {

    static final int CONNECT = 0x1, TERMINATE = 0x2, SUBMIT = 0x4, DELIVER = 0x5, ACTIVE_TEST = 0x8, RESP = 0x80000000;

    /** What the ISMG does with one submit. */
    record Behaviour(int result, Duration delay, boolean reply) {
        static final Behaviour OK = new Behaviour(0, Duration.ZERO, true);
        static final Behaviour NO_REPLY = new Behaviour(0, Duration.ZERO, false);

        static Behaviour result(int r) {
            return new Behaviour(r, Duration.ZERO, true);
        }

        static Behaviour delay(Duration d) {
            return new Behaviour(0, d, true);
        }
    }

    /** A submit as read from the wire; {@code msgId} when acknowledged. */
    record Submit(int pkTotal, int pkNumber, int registeredDelivery, int tpUdhi, int msgFmt, String msgSrc, String srcId, String destination,
                  byte[] content, Long msgId) {

        String text() {
            byte[] data = tpUdhi == 1 ? Arrays.copyOfRange(content, 1 + (content[0] & 0xFF), content.length) : content;
            return msgFmt == 8 ? new String(data, StandardCharsets.UTF_16BE) : new String(data, StandardCharsets.US_ASCII);
        }
    }

    private final String spId;
    private final String secret;
    private final int port;
    private final Deque<Behaviour> next = new ConcurrentLinkedDeque<>();
    final List<Submit> submits = new CopyOnWriteArrayList<>();
    final List<Integer> connectVersions = new CopyOnWriteArrayList<>();
    final List<Integer> deliverResults = new CopyOnWriteArrayList<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseConnects = new AtomicInteger();
    private final AtomicInteger activeTestsReceived = new AtomicInteger();
    private final AtomicInteger activeTestAnswers = new AtomicInteger();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger maxOutstanding = new AtomicInteger();
    private final AtomicLong msgIds = new AtomicLong(0x8000_0000_0000_0100L);
    private final AtomicInteger sequence = new AtomicInteger(1000);
    private volatile String reportStat;
    private volatile ServerSocket server;

    private TestIsmg(String spId, String secret, int port) {
        this.spId = spId;
        this.secret = secret;
        this.port = port;
    }

    static TestIsmg start(String spId, String secret) throws IOException {
        ServerSocket s = listen(0);
        TestIsmg ismg = new TestIsmg(spId, secret, s.getLocalPort());
        ismg.serve(s);
        return ismg;
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    int port() {
        return port;
    }

    private void serve(ServerSocket s) {
        server = s;
        Thread t = new Thread(() -> {
            while (server == s) {
                try {
                    Connection c = new Connection(s.accept());
                    connections.add(c);
                    Thread reader = new Thread(c::run, "test-ismg-conn");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-ismg-" + port);
        t.setDaemon(true);
        t.start();
    }

    TestIsmg next(Behaviour... behaviours) {
        next.addAll(List.of(behaviours));
        return this;
    }

    TestIsmg refuseConnects(int n) {
        refuseConnects.set(n);
        return this;
    }

    /** After each acknowledged submit with Registered_Delivery 1, a status report with this Stat (null: none). */
    TestIsmg reports(String stat) {
        reportStat = stat;
        return this;
    }

    List<Submit> acknowledged() {
        return submits.stream().filter(s -> s.msgId() != null).toList();
    }

    int maxOutstanding() {
        return maxOutstanding.get();
    }

    int activeTestsReceived() {
        return activeTestsReceived.get();
    }

    int activeTestAnswers() {
        return activeTestAnswers.get();
    }

    /** A customer's message (Registered_Delivery 0) on the first connection. */
    void deliver(String from, int msgFmt, int tpUdhi, byte[] content) throws IOException {
        connections.get(0).deliver(0x1234_5678L, from, msgFmt, tpUdhi, false, content);
    }

    void activeTest() throws IOException {
        connections.get(0).send(ACTIVE_TEST, sequence.incrementAndGet(), new byte[0]);
    }

    void stop() throws IOException {
        ServerSocket s = server;
        server = null;
        if (s != null) s.close();
        for (Connection c : connections) c.close();
        connections.clear();
    }

    void restart() throws IOException {
        // the port was free a moment ago, but any socket on this machine may just have taken it as its ephemeral port
        for (int attempt = 1; ; attempt++) {
            try {
                serve(listen(port));
                return;
            } catch (java.net.BindException e) {
                if (attempt == 20) throw e;
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            }
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private int version;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new BufferedOutputStream(socket.getOutputStream());
        }

        void run() {
            try (DataInputStream in = new DataInputStream(socket.getInputStream())) {
                while (true) {
                    int length = in.readInt();
                    int command = in.readInt();
                    int seq = in.readInt();
                    byte[] body = new byte[length - 12];
                    in.readFully(body);
                    handle(command, seq, ByteBuffer.wrap(body));
                }
            } catch (Exception e) {
                close();
            }
        }

        private void handle(int command, int seq, ByteBuffer in) throws Exception {
            switch (command) {
                case CONNECT -> connect(seq, in);
                case SUBMIT -> {
                    Thread t = new Thread(() -> {
                        try {
                            submit(seq, in);
                        } catch (Exception e) {
                            close();
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                }
                case ACTIVE_TEST -> {
                    activeTestsReceived.incrementAndGet();
                    send(ACTIVE_TEST | RESP, seq, new byte[] {0});
                }
                case TERMINATE -> {
                    send(TERMINATE | RESP, seq, new byte[0]);
                    close();
                }
                case DELIVER | RESP -> {
                    in.getLong();
                    deliverResults.add(version == 0x30 ? in.getInt() : in.get() & 0xFF);
                }
                case ACTIVE_TEST | RESP -> activeTestAnswers.incrementAndGet();
                default -> {
                }
            }
        }

        private void connect(int seq, ByteBuffer in) throws Exception {
            String source = string(in, 6);
            byte[] auth = new byte[16];
            in.get(auth);
            version = in.get() & 0xFF;
            int timestamp = in.getInt();
            connectVersions.add(version);
            byte[] expected = md5(bytes(source), new byte[9], bytes(secret), bytes(String.format("%010d", timestamp)));
            int status = !source.equals(spId) ? 2 : !Arrays.equals(auth, expected) ? 3 : refuseConnects.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 5 : 0;
            byte[] statusBytes = version == 0x30 ? ByteBuffer.allocate(4).putInt(status).array() : new byte[] {(byte) status};
            byte[] ismgAuth = md5(statusBytes, auth, bytes(secret));
            send(CONNECT | RESP, seq, concat(statusBytes, ismgAuth, new byte[] {(byte) version}));
            if (status != 0) close();
        }

        private void submit(int seq, ByteBuffer in) throws Exception {
            int now = outstanding.incrementAndGet();
            maxOutstanding.accumulateAndGet(now, Math::max);
            boolean v3 = version == 0x30;
            int terminal = v3 ? 32 : 21;
            in.getLong(); // Msg_Id
            int pkTotal = in.get() & 0xFF;
            int pkNumber = in.get() & 0xFF;
            int registered = in.get() & 0xFF;
            in.get(); // Msg_level
            string(in, 10); // Service_Id
            in.get(); // Fee_UserType
            string(in, terminal); // Fee_terminal_Id
            if (v3) in.get(); // Fee_terminal_type
            in.get(); // TP_pId
            int udhi = in.get() & 0xFF;
            int fmt = in.get() & 0xFF;
            String msgSrc = string(in, 6);
            string(in, 2);
            string(in, 6);
            string(in, 17);
            string(in, 17);
            String srcId = string(in, 21);
            int users = in.get() & 0xFF;
            String dest = string(in, terminal);
            for (int u = 1; u < users; u++) string(in, terminal);
            if (v3) in.get(); // Dest_terminal_type
            int msgLength = in.get() & 0xFF;
            byte[] content = new byte[msgLength];
            in.get(content);
            if (in.remaining() != (v3 ? 20 : 8)) throw new IllegalStateException("LinkID/Reserve missing: " + in.remaining() + " octets left");
            Behaviour b = next.poll();
            if (b == null) b = Behaviour.OK;
            if (!b.delay().isZero()) Thread.sleep(b.delay().toMillis());
            // answered (or given up on) from here: counted off before the client can see the answer and send the next
            outstanding.decrementAndGet();
            if (!b.reply()) {
                submits.add(new Submit(pkTotal, pkNumber, registered, udhi, fmt, msgSrc, srcId, dest, content, null));
                return;
            }
            Long msgId = b.result() == 0 ? msgIds.incrementAndGet() : null;
            submits.add(new Submit(pkTotal, pkNumber, registered, udhi, fmt, msgSrc, srcId, dest, content, msgId));
            byte[] result = v3 ? ByteBuffer.allocate(4).putInt(b.result()).array() : new byte[] {(byte) b.result()};
            send(SUBMIT | RESP, seq, concat(ByteBuffer.allocate(8).putLong(msgId == null ? 0 : msgId).array(), result));
            if (msgId != null && registered == 1 && reportStat != null) report(msgId, dest);
        }

        private void report(long msgId, String dest) throws IOException {
            int terminal = version == 0x30 ? 32 : 21;
            ByteBuffer r = ByteBuffer.allocate(8 + 7 + 10 + 10 + terminal + 4);
            r.putLong(msgId).put(padded(reportStat, 7)).put(padded("2610010930", 10)).put(padded("2610010931", 10))
                    .put(padded(dest, terminal)).putInt(42);
            deliver(msgId + 7, dest, 0, 0, true, r.array());
        }

        void deliver(long msgId, String from, int fmt, int udhi, boolean report, byte[] content) throws IOException {
            boolean v3 = version == 0x30;
            int terminal = v3 ? 32 : 21;
            ByteBuffer d = ByteBuffer.allocate(8 + 21 + 10 + 3 + terminal + (v3 ? 1 : 0) + 2 + content.length + (v3 ? 20 : 8));
            d.putLong(msgId).put(padded("10690000", 21)).put(padded("retain", 10)).put((byte) 0).put((byte) udhi).put((byte) fmt)
                    .put(padded(from, terminal));
            if (v3) d.put((byte) 0);
            d.put((byte) (report ? 1 : 0)).put((byte) content.length).put(content).put(new byte[v3 ? 20 : 8]);
            send(DELIVER, sequence.incrementAndGet(), d.array());
        }

        synchronized void send(int command, int seq, byte[] body) throws IOException {
            out.write(ByteBuffer.allocate(12 + body.length).putInt(12 + body.length).putInt(command).putInt(seq).put(body).array());
            out.flush();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
    }

    private static String string(ByteBuffer in, int width) {
        byte[] b = new byte[width];
        in.get(b);
        int end = 0;
        while (end < width && b[end] != 0) end++;
        return new String(b, 0, end, StandardCharsets.US_ASCII);
    }

    private static byte[] padded(String s, int width) {
        return Arrays.copyOf(bytes(s), width);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer b = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) b.put(p);
        return b.array();
    }

    private static byte[] md5(byte[]... parts) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        for (byte[] p : parts) md.update(p);
        return md.digest();
    }
}
