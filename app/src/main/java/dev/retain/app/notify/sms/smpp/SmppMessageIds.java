package dev.retain.app.notify.sms.smpp;

import dev.retain.app.notify.sms.SmsSettings.IdFormat;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The one normalisation of SMPP message ids, applied to the id of a submit_sm_resp and to the id of
 * a delivery receipt alike, so the two match. SMSCs mix forms: many answer a submit with a hex id
 * and write the receipt's id in decimal, some the other way round, in upper or lower case, with or
 * without leading zeros. Which form each side uses cannot be guessed from the id ("10" is valid hex
 * and decimal), so the settings name it, and an id in a numeric form becomes its decimal value.
 */
public final class SmppMessageIds {

    private SmppMessageIds() {
    }

    /** {@code id} as written in {@code format}: a number's decimal value, else the text in lower case without leading zeros. */
    public static String normalise(String id, IdFormat format) {
        if (id == null) return null;
        String t = id.strip();
        if (t.isEmpty()) return t;
        if (format != IdFormat.TEXT) {
            try {
                return new BigInteger(t, format == IdFormat.HEX ? 16 : 10).toString();
            } catch (NumberFormatException e) {
                // not a number in the announced base after all: compare it as text
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < lower.length() - 1 && lower.charAt(start) == '0') start++;
        return lower.substring(start);
    }
}
