package dev.retain.app.notify.sms.cmpp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The bodies of the CMPP messages an SP sends and receives (CMPP 3.0 §7.4; the 2.0 widths where they differ). */
final class CmppMessages {

    private CmppMessages() {
    }

    /**
     * AuthenticatorSource = MD5(Source_Addr + 9 zero octets + shared secret + timestamp "MMDDHHMMSS"),
     * the connect's proof that the SP knows the secret.
     */
    static byte[] authenticatorSource(String spId, String secret, String timestamp) {
        return md5(concat(spId.getBytes(StandardCharsets.US_ASCII), new byte[9], secret.getBytes(StandardCharsets.US_ASCII),
                timestamp.getBytes(StandardCharsets.US_ASCII)));
    }

    /** AuthenticatorISMG = MD5(Status + AuthenticatorSource + shared secret): the gateway's proof in its answer. */
    static byte[] authenticatorIsmg(int status, byte[] authenticatorSource, String secret, CmppVersion version) {
        byte[] statusBytes = new CmppFields().result(status, version).toBytes();
        return md5(concat(statusBytes, authenticatorSource, secret.getBytes(StandardCharsets.US_ASCII)));
    }

    /** CMPP_CONNECT: Source_Addr (6), AuthenticatorSource (16), Version (1), Timestamp (4, the decimal number MMDDHHMMSS). */
    static byte[] connect(String spId, String secret, String timestamp, CmppVersion version) {
        return new CmppFields().octets(spId, 6).bytes(authenticatorSource(spId, secret, timestamp)).uint8(version.code)
                .uint32(Integer.parseInt(timestamp)).toBytes();
    }

    record ConnectResp(int status, byte[] authenticatorIsmg, int version) {
    }

    static ConnectResp connectResp(byte[] body, CmppVersion version) {
        ByteBuffer in = ByteBuffer.wrap(body);
        int status = CmppFields.result(in, version);
        byte[] auth = new byte[16];
        if (in.remaining() >= 16) in.get(auth);
        int v = in.hasRemaining() ? in.get() & 0xFF : 0;
        return new ConnectResp(status, auth, v);
    }

    /** One CMPP_SUBMIT to one destination: a segment {@code number} of {@code total}, content already encoded (with its header when {@code udhi}). */
    record Submit(int total, int number, String serviceId, boolean udhi, int format, String spId, String sourceId, String destination,
                  byte[] content) {
    }

    static byte[] submit(Submit s, CmppVersion version) {
        CmppFields f = new CmppFields()
                .uint64(0) // Msg_Id: the gateway fills it
                .uint8(s.total()).uint8(s.number())
                .uint8(1) // Registered_Delivery: a status report, please
                .uint8(1) // Msg_level
                .octets(s.serviceId(), 10)
                .uint8(2) // Fee_UserType: the SP pays (a notice, not a charged service)
                .octets("", version.terminalIdLength); // Fee_terminal_Id
        if (version == CmppVersion.V30) f.uint8(0); // Fee_terminal_type: a real number
        f.uint8(0) // TP_pId
                .uint8(s.udhi() ? 1 : 0)
                .uint8(s.format())
                .octets(s.spId(), 6) // Msg_src
                .octets("01", 2) // FeeType: free to the user
                .octets("000000", 6) // FeeCode
                .octets("", 17).octets("", 17) // ValId_Time, At_Time: the gateway's defaults, now
                .octets(s.sourceId(), 21)
                .uint8(1) // DestUsr_tl
                .octets(s.destination(), version.terminalIdLength);
        if (version == CmppVersion.V30) f.uint8(0); // Dest_terminal_type
        f.uint8(s.content().length).bytes(s.content());
        f.octets("", version == CmppVersion.V30 ? 20 : 8); // LinkID (3.0) or Reserve (2.0)
        return f.toBytes();
    }

    record SubmitResp(long msgId, int result) {
    }

    static SubmitResp submitResp(byte[] body, CmppVersion version) {
        ByteBuffer in = ByteBuffer.wrap(body);
        return new SubmitResp(in.getLong(), CmppFields.result(in, version));
    }

    /** A CMPP_DELIVER: a customer's message, or (registeredDelivery) a status report about one of ours. */
    record Deliver(long msgId, String destId, String serviceId, int tpUdhi, int format, String sourceTerminalId, boolean statusReport,
                   byte[] content) {
    }

    static Deliver deliver(byte[] body, CmppVersion version) {
        ByteBuffer in = ByteBuffer.wrap(body);
        long msgId = in.getLong();
        String destId = CmppFields.octets(in, 21);
        String serviceId = CmppFields.octets(in, 10);
        in.get(); // TP_pid
        int udhi = in.get() & 0x01;
        int format = in.get() & 0xFF;
        String source = CmppFields.octets(in, version.terminalIdLength);
        if (version == CmppVersion.V30) in.get(); // Src_terminal_type
        boolean report = in.get() == 1;
        int length = in.get() & 0xFF;
        byte[] content = new byte[length];
        in.get(content);
        return new Deliver(msgId, destId, serviceId, udhi, format, source, report, content);
    }

    /** The content of a status report: the Msg_Id of our submit and its Stat (DELIVRD, EXPIRED, UNDELIV, …). */
    record Report(long msgId, String stat) {
    }

    static Report report(byte[] content) {
        ByteBuffer in = ByteBuffer.wrap(content);
        long msgId = in.getLong();
        return new Report(msgId, CmppFields.octets(in, 7));
    }

    static byte[] deliverResp(long msgId, int result, CmppVersion version) {
        return new CmppFields().uint64(msgId).result(result, version).toBytes();
    }

    static byte[] activeTestResp() {
        return new byte[] {0};
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(n);
        for (byte[] p : parts) b.put(p);
        return b.array();
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
