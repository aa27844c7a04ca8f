package dev.retain.engine.value;

/**
 * A subscriber's phone number. Always a string: leading zeros and a {@code +86} prefix are
 * part of the identity and must survive every round trip.
 */
public record Msisdn(String value) {

    public Msisdn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an MSISDN: '" + value + "' (expected optional + then 5-20 digits)");
        }
    }

    public static Msisdn of(String value) {
        return new Msisdn(value);
    }

    public static boolean isValid(CharSequence s) {
        if (s == null) return false;
        int start = s.length() > 0 && s.charAt(0) == '+' ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 5 || digits > 20) return false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** 138****5678: the form shown to roles that may not see personal data (SPEC R14.3). */
    public String masked() {
        int n = value.length();
        if (n <= 7) return "*".repeat(n);
        return value.substring(0, n - 8) + "****" + value.substring(n - 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
