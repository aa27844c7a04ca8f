package dev.retain.engine.sms;

import java.util.Optional;

/**
 * The user data header of a concatenated short message (3GPP TS 23.040 §9.2.3.24): built for
 * the segments we send (information element 0x00, an 8-bit reference: six octets, which is why a
 * segment holds 153 septets or 67 UCS-2 units), and read from the ones we receive, which may use
 * 0x08 (a 16-bit reference) instead.
 */
public final class UserDataHeader {

    /** Part {@code sequence} (from 1) of {@code total} of the message with this reference. */
    public record Concat(int reference, int total, int sequence) {
    }

    /** A received user data: its concatenation header, when it has one, and where the text starts. */
    public record Parsed(Optional<Concat> concat, int textOffset) {
    }

    private static final int IE_CONCAT_8 = 0x00;
    private static final int IE_CONCAT_16 = 0x08;

    private UserDataHeader() {
    }

    /** The header for part {@code sequence} of {@code total}: UDHL 5, IEI 0, length 3, reference, total, sequence. */
    public static byte[] concat(int reference, int total, int sequence) {
        if (total < 1 || total > 255 || sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("part " + sequence + " of " + total);
        }
        return new byte[] {0x05, IE_CONCAT_8, 0x03, (byte) reference, (byte) total, (byte) sequence};
    }

    /** {@code header} followed by {@code userData}. */
    public static byte[] prepend(byte[] header, byte[] userData) {
        byte[] all = new byte[header.length + userData.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(userData, 0, all, header.length, userData.length);
        return all;
    }

    /**
     * Reads the header at the start of {@code userData} (the sender set the UDHI flag). Other
     * information elements are skipped; a header longer than the data, or a concatenation element
     * with a part number outside 1..total, throws {@link IllegalArgumentException}.
     */
    public static Parsed parse(byte[] userData) {
        if (userData.length == 0) throw new IllegalArgumentException("a header was announced but the user data is empty");
        int length = userData[0] & 0xFF;
        int end = 1 + length;
        if (end > userData.length) throw new IllegalArgumentException("a header of " + length + " octets in " + userData.length);
        Concat concat = null;
        int i = 1;
        while (i + 1 < end) {
            int iei = userData[i] & 0xFF;
            int ieLength = userData[i + 1] & 0xFF;
            int data = i + 2;
            if (data + ieLength > end) throw new IllegalArgumentException("an information element runs past the header");
            if (iei == IE_CONCAT_8 && ieLength == 3) {
                concat = checked(userData[data] & 0xFF, userData[data + 1] & 0xFF, userData[data + 2] & 0xFF);
            } else if (iei == IE_CONCAT_16 && ieLength == 4) {
                int reference = (userData[data] & 0xFF) << 8 | userData[data + 1] & 0xFF;
                concat = checked(reference, userData[data + 2] & 0xFF, userData[data + 3] & 0xFF);
            }
            i = data + ieLength;
        }
        return new Parsed(Optional.ofNullable(concat), end);
    }

    private static Concat checked(int reference, int total, int sequence) {
        if (total < 1 || sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("part " + sequence + " of " + total);
        }
        return new Concat(reference, total, sequence);
    }
}
