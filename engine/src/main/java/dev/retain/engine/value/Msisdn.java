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
        return mask(value);
    }

    /**
     * The national form of a mobile number received with China's country code: {@code +86},
     * {@code 0086} or {@code 86} before an 11-digit number starting with 1 is dropped;
     * anything else comes back unchanged.
     */
    public static String canonical(String s) {
        if (s == null) return null;
        int prefix = s.length() - NATIONAL_MOBILE_DIGITS;
        if (prefix <= 0 || !isNationalMobile(s, prefix)) return s;
        if (s.startsWith("+86") && prefix == 3 || s.startsWith("0086") && prefix == 4 || s.startsWith("86") && prefix == 2) {
            return s.substring(prefix);
        }
        return s;
    }

    /**
     * The one masking rule for a phone number (SPEC R14.3), usable on any text: the
     * canonical number keeps its first three and last four characters ({@code 138****5678},
     * also for {@code +8613812345678}); a shorter text keeps at most its last four and never
     * more than half of it ({@code 12345678 → ****5678}); under five characters everything is
     * masked. Null stays null.
     */
    public static String mask(String s) {
        if (s == null) return null;
        String n = canonical(s);
        int count = n.codePointCount(0, n.length());
        int head = count >= NATIONAL_MOBILE_DIGITS ? 3 : 0;
        int tail = count >= NATIONAL_MOBILE_DIGITS ? 4 : count < 5 ? 0 : Math.min(4, count / 2);
        int headEnd = n.offsetByCodePoints(0, head);
        int tailStart = n.offsetByCodePoints(0, count - tail);
        return n.substring(0, headEnd) + "*".repeat(count - head - tail) + n.substring(tailStart);
    }

    private static final int NATIONAL_MOBILE_DIGITS = 11;

    private static boolean isNationalMobile(String s, int from) {
        if (s.charAt(from) != '1') return false;
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
