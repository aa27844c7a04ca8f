package dev.retain.app.campaign.event;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An event's SMS keyword and a customer's text compared the way a customer types: NFKC (full-width ＪＺ２０２６ and
 * the ideographic space fold to plain forms), spaces and punctuation around it dropped, upper case. The whole text
 * must be the keyword. The opt-out keywords (TD, T, 退订, STOP) are never an event's keyword: notify takes them first.
 */
public final class VipEventKeywords {

    private static final Pattern AROUND = Pattern.compile("^[\\p{P}\\p{S}\\p{Z}\\s]+|[\\p{P}\\p{S}\\p{Z}\\s]+$");
    private static final Pattern KEYWORD = Pattern.compile("^[\\p{L}\\p{N}]{2,20}$");
    private static final Set<String> RESERVED = Set.of("T", "TD", "退订", "STOP", "N", "Y");

    private VipEventKeywords() {
    }

    /** The folded form of a text (empty for null). */
    public static String fold(String text) {
        if (text == null) return "";
        return AROUND.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The folded keyword of a new or changed event; refused when it is not 2 to 20 letters or digits, or an opt-out word. */
    static String checked(String typed) {
        String folded = fold(typed);
        if (!KEYWORD.matcher(folded).matches()) throw new VipEventRefused("vip.error.keyword");
        if (RESERVED.contains(folded)) throw new VipEventRefused("vip.error.keyword-reserved", folded);
        return folded;
    }
}
