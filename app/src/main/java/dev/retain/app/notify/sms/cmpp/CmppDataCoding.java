package dev.retain.app.notify.sms.cmpp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A customer's message to text by its Msg_Fmt (CMPP 3.0 §7.4.5.1): 0 ASCII, 8 UCS-2 (read as UTF-16), 15 GB (GBK); others as octets. */
final class CmppDataCoding {

    static final int ASCII = 0;
    static final int UCS2 = 8;
    static final int GB = 15;
    private static final Charset GBK = Charset.forName("GBK");

    private CmppDataCoding() {
    }

    static String decode(int format, byte[] data) {
        return switch (format) {
            case UCS2 -> new String(data, StandardCharsets.UTF_16BE);
            case GB -> new String(data, GBK);
            default -> new String(data, StandardCharsets.ISO_8859_1);
        };
    }
}
