package dev.retain.app.notify.sms.smpp;

import dev.retain.engine.sms.Gsm7;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A customer's message to text by its data_coding (SMPP 3.4 §5.2.19, with the GSM data coding
 * scheme groups of TS 23.038 §4): 0 the GSM 7-bit alphabet (unpacked), 1 IA5 (ASCII), 3 Latin-1,
 * 8 UCS-2 (read as UTF-16, so an emoji sent as a surrogate pair survives); 15 is GBK, as Chinese
 * gateways use it (SMPP 3.4 lists it as KS C 5601, which no gateway here sends).
 */
final class SmppDataCoding {

    private static final Charset GBK = Charset.forName("GBK");

    private SmppDataCoding() {
    }

    static String decode(int dataCoding, byte[] data) {
        int dc = dataCoding & 0xFF;
        return switch (dc) {
            case 0x00 -> Gsm7.decode(data);
            case 0x01 -> new String(data, StandardCharsets.US_ASCII);
            case 0x03, 0x02, 0x04 -> new String(data, StandardCharsets.ISO_8859_1);
            case 0x08 -> new String(data, StandardCharsets.UTF_16BE);
            case 0x0F -> new String(data, GBK);
            default -> byScheme(dc, data);
        };
    }

    /** The general data coding groups (00xx) and the message class group (1111) by their alphabet bits. */
    private static String byScheme(int dc, byte[] data) {
        int alphabet;
        if ((dc & 0xC0) == 0x00) alphabet = (dc >> 2) & 0x03;
        else if ((dc & 0xF0) == 0xF0) alphabet = (dc >> 2) & 0x01;
        else alphabet = 1; // a group we do not read: keep the octets visible
        return switch (alphabet) {
            case 0 -> Gsm7.decode(data);
            case 2 -> new String(data, StandardCharsets.UTF_16BE);
            default -> new String(data, StandardCharsets.ISO_8859_1);
        };
    }
}
