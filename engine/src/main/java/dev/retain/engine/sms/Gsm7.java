package dev.retain.engine.sms;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1), one septet per
 * octet ("unpacked"): the form SMPP's {@code short_message} carries for {@code data_coding} 0 —
 * the SMSC packs septets for the air interface itself. A character of the extension table is
 * the escape septet 0x1B followed by its code, so it costs two septets.
 */
public final class Gsm7 {

    /** The basic table in code order: the character at index i has code i (0x1B is the escape, never a character). */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table: characters and, at the same index, their codes after the escape. */
    static final String EXTENSION = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
    static final byte ESCAPE = 0x1B;

    private Gsm7() {
    }

    /** Septets {@code c} takes: 1 in the basic table, 2 in the extension table, -1 when not in the alphabet. */
    public static int septets(char c) {
        if (c != ESCAPE && BASIC.indexOf(c) >= 0) return 1;
        return EXTENSION.indexOf(c) >= 0 ? 2 : -1;
    }

    /** Septets of {@code text}, or -1 when a character is not in the alphabet. */
    public static int septets(CharSequence text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            int n = septets(text.charAt(i));
            if (n < 0) return -1;
            total += n;
        }
        return total;
    }

    /** {@code text} as unpacked septets; throws for a character outside the alphabet (ask {@link #septets} first). */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
                continue;
            }
            int ext = EXTENSION.indexOf(c);
            if (ext < 0) throw new IllegalArgumentException("not in the GSM 7-bit alphabet: U+" + String.format("%04X", (int) c));
            out.write(ESCAPE);
            out.write(EXTENSION_CODES[ext]);
        }
        return out.toByteArray();
    }

    /**
     * Unpacked septets back to text. The top bit of each octet is ignored (it carries nothing in
     * unpacked form); an escape followed by a code the extension table lacks reads as a space, as
     * TS 23.038 asks of a receiver, and a trailing escape is dropped.
     */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int code = septets[i] & 0x7F;
            if (code != ESCAPE) {
                text.append(BASIC.charAt(code));
                continue;
            }
            if (++i >= offset + length) break;
            text.append(extension(septets[i] & 0x7F));
        }
        return text.toString();
    }

    public static String decode(byte[] septets) {
        return decode(septets, 0, septets.length);
    }

    private static char extension(int code) {
        for (int k = 0; k < EXTENSION_CODES.length; k++) {
            if (EXTENSION_CODES[k] == code) return EXTENSION.charAt(k);
        }
        return ' ';
    }
}
