package dev.retain.app.notify.sms.cmpp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writing and reading the fixed-width fields of CMPP bodies: octet strings padded with zeros, big-endian integers. */
final class CmppFields {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    CmppFields octets(String text, int width) {
        byte[] b = text == null ? new byte[0] : text.getBytes(StandardCharsets.US_ASCII);
        if (b.length > width) throw new IllegalArgumentException("'" + text + "' is longer than its field of " + width + " octets");
        out.writeBytes(b);
        out.writeBytes(new byte[width - b.length]);
        return this;
    }

    CmppFields bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    CmppFields uint8(int v) {
        out.write(v);
        return this;
    }

    CmppFields uint32(int v) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
        return this;
    }

    CmppFields uint64(long v) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(v).array());
        return this;
    }

    /** A status or result: one octet in 2.0, four in 3.0. */
    CmppFields result(int v, CmppVersion version) {
        return version.resultLength == 1 ? uint8(v) : uint32(v);
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    /** An octet-string field read back: up to the first zero. */
    static String octets(ByteBuffer in, int width) {
        byte[] b = new byte[width];
        in.get(b);
        int end = 0;
        while (end < width && b[end] != 0) end++;
        return new String(b, 0, end, StandardCharsets.US_ASCII).strip();
    }

    static int result(ByteBuffer in, CmppVersion version) {
        return version.resultLength == 1 ? in.get() & 0xFF : in.getInt();
    }
}
