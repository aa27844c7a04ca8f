package dev.retain.app.security;

import dev.retain.engine.value.Msisdn;

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

    public static String maskName(String name) {
        if (name == null || name.isEmpty()) return name;
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, rest));
    }
}
