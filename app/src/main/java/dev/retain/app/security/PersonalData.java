package dev.retain.app.security;

import dev.retain.engine.value.Msisdn;
import java.util.regex.Pattern;

/**
 * Masking of personal data (R14.3): 138****5678 for a number, 张* / J*** for a name.
 * Masked is the default everywhere; showing the clear value goes through
 * {@link AuditLog#revealed}.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** The engine's one masking rule ({@link Msisdn#mask}), so the CLI, exports and pages show the same text. */
    public static String maskMsisdn(String msisdn) {
        return Msisdn.mask(msisdn);
    }

    /**
     * A Chinese mobile number in either form (13812345678, +8613812345678, 008613812345678)
     * standing alone in a text: not inside a longer run of digits or letters, so ids, keys
     * (UUIDs) and amounts are left alone.
     */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z+])(?:\\+86|0086|86)?1\\d{10}(?![0-9A-Za-z])");

    /**
     * Masks every phone number inside a free text: messages the engine or the database
     * wrote ("duplicate msisdn 13812345678 (first on line 4)") before they reach a page, an API
     * answer or a log. Null stays null.
     */
    public static String maskNumbersIn(String text) {
        if (text == null) return null;
        return NUMBER_IN_TEXT.matcher(text).replaceAll(m -> Msisdn.mask(m.group()));
    }

    /** The engine's one masking rule for an email address ({@code EmailAddress.mask}: z***@qq.com). */
    public static String maskEmail(String email) {
        return dev.retain.engine.value.EmailAddress.mask(email);
    }

    public static String maskName(String name) {
        if (name == null || name.isEmpty()) return name;
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, rest));
    }
}
