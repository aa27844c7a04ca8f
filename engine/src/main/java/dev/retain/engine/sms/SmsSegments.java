package dev.retain.engine.sms;

import dev.retain.engine.sms.SmsText.Encoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the segments it travels in (3GPP TS 23.040 §9.2.3.24.1): one message up to 160
 * septets or 70 UCS-2 units; beyond that, segments of 153 or 67 beside a concatenation header. A
 * cut never falls inside a character: not between the escape and the code of a GSM extension
 * character, nor between the two halves of a UTF-16 surrogate pair (an emoji) — such a segment
 * carries one unit less. {@link SmsText#plan} counts segments with the same cuts.
 */
public final class SmsSegments {

    /** One segment: its text and that text encoded (unpacked septets or UTF-16BE), without any header. */
    public record Part(String text, byte[] userData, int units) {
    }

    /** The encoding and the segments of a text. */
    public record Split(Encoding encoding, List<Part> parts) {

        public Split {
            parts = List.copyOf(parts);
        }

        public int segments() {
            return parts.size();
        }
    }

    private SmsSegments() {
    }

    /** {@code text} in the encoding {@link SmsText#plan} chooses (GSM 7-bit when every character is in it, else UCS-2). */
    public static Split split(String text) {
        String t = text == null ? "" : text;
        return split(t, Gsm7.septets(t) >= 0 ? Encoding.GSM7 : Encoding.UCS2);
    }

    /** {@code text} in {@code encoding}; GSM 7-bit must hold every character (throws otherwise). */
    public static Split split(String text, Encoding encoding) {
        String t = text == null ? "" : text;
        List<Part> parts = new ArrayList<>();
        int[] cuts = cuts(t, encoding);
        for (int k = 0; k + 1 < cuts.length; k++) {
            String piece = t.substring(cuts[k], cuts[k + 1]);
            byte[] data = encoding == Encoding.GSM7 ? Gsm7.encode(piece) : piece.getBytes(StandardCharsets.UTF_16BE);
            parts.add(new Part(piece, data, encoding == Encoding.GSM7 ? data.length : piece.length()));
        }
        return new Split(encoding, parts);
    }

    /** How many segments {@code text} needs in {@code encoding}, without encoding it. */
    static int count(String text, Encoding encoding) {
        return cuts(text, encoding).length - 1;
    }

    /** Where the segments start, and the text's length at the end: {0, length} for one segment. */
    private static int[] cuts(String text, Encoding encoding) {
        boolean gsm = encoding == Encoding.GSM7;
        int total = gsm ? Gsm7.septets(text) : text.length();
        if (total < 0) throw new IllegalArgumentException("the text has characters outside the GSM 7-bit alphabet");
        if (total <= (gsm ? 160 : 70)) return new int[] {0, text.length()};
        int perPart = gsm ? 153 : 67;
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int chars = !gsm && Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            int units = gsm ? Gsm7.septets(text.charAt(i)) : chars;
            if (used + units > perPart) {
                cuts.add(i);
                used = 0;
            }
            used += units;
            i += chars;
        }
        cuts.add(text.length());
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }
}
