package dev.retain.app.notify.sms.cmpp;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * One CMPP message on the wire (CMPP 3.0 §7.3): the header — Total_Length, Command_Id,
 * Sequence_Id, four octets each, big-endian — and the body. Written from the published CMPP 3.0
 * specification on a plain socket.
 */
record CmppPdu(int commandId, int sequenceId, byte[] body) {

    static final int CONNECT = 0x00000001;
    static final int TERMINATE = 0x00000002;
    static final int SUBMIT = 0x00000004;
    static final int DELIVER = 0x00000005;
    static final int ACTIVE_TEST = 0x00000008;
    static final int RESP = 0x80000000;
    static final int HEADER = 12;
    /** Far above the largest message (a 3.0 submit is under 400 octets): a longer length means the stream is out of step. */
    static final int MAX_LENGTH = 4096;

    boolean isResponse() {
        return (commandId & RESP) != 0;
    }

    static CmppPdu read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < HEADER || length > MAX_LENGTH) throw new IOException("a CMPP message of " + length + " octets: the stream is out of step");
        int command = in.readInt();
        int sequence = in.readInt();
        byte[] body = new byte[length - HEADER];
        in.readFully(body);
        return new CmppPdu(command, sequence, body);
    }

    byte[] bytes() {
        return ByteBuffer.allocate(HEADER + body.length).putInt(HEADER + body.length).putInt(commandId).putInt(sequenceId).put(body).array();
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes());
        out.flush();
    }
}
