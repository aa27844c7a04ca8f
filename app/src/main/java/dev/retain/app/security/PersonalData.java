package dev.retain.app.security;

/**
 * Masking of personal data (R14.3): 138****5678 for a number, 张* / J*** for a name.
 * Masked is the default everywhere; showing the clear value goes through
 * {@link AuditLog#revealed}.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskMsisdn(String msisdn) {
        if (msisdn == null) return null;
        int n = msisdn.length();
        if (n <= 4) return "*".repeat(n);
        int keepHead = Math.min(3, n - 4);
        int tail = n >= 11 ? 4 : Math.max(1, (n - keepHead) / 2);
        return msisdn.substring(0, keepHead) + "*".repeat(n - keepHead - tail) + msisdn.substring(n - tail);
    }

    public static String maskName(String name) {
        if (name == null || name.isEmpty()) return name;
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, rest));
    }
}
