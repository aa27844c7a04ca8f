package dev.retain.engine.sms;

/**
 * How a text travels as SMS (3GPP TS 23.038 / 23.040): in the GSM 7-bit default alphabet when
 * every character is in it (the extension table's characters cost two septets), else in UCS-2;
 * one message holds 160 septets or 70 UCS-2 units, a concatenated one 153 or 67 per segment (the
 * user data header takes the rest). The templates' preview, the SMPP and CMPP senders and the
 * segment counts on screens all ask here.
 */
public final class SmsText {

    public enum Encoding { GSM7, UCS2 }

    /** The encoding, the size in its units (septets or UTF-16 units) and the segments a text needs. */
    public record Plan(Encoding encoding, int units, int segments) {

        /** Units one segment of this plan carries. */
        public int unitsPerSegment() {
            boolean single = segments <= 1;
            return encoding == Encoding.GSM7 ? (single ? 160 : 153) : (single ? 70 : 67);
        }
    }

    private SmsText() {
    }

    /**
     * The segments are counted with {@link SmsSegments}' cuts, which never split a character: a
     * GSM extension character or an emoji on a boundary moves whole to the next segment, so a
     * text can need one segment more than its units divided by 153 or 67.
     */
    public static Plan plan(String text) {
        String t = text == null ? "" : text;
        int septets = Gsm7.septets(t);
        if (septets >= 0) return new Plan(Encoding.GSM7, septets, SmsSegments.count(t, Encoding.GSM7));
        int units = t.length(); // UTF-16 code units: a character outside the BMP takes two
        return new Plan(Encoding.UCS2, units, SmsSegments.count(t, Encoding.UCS2));
    }
}
