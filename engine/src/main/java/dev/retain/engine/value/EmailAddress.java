package dev.retain.engine.value;

/**
 * A customer's email address as the contract accepts it (subscribers.csv {@code email}): one
 * {@code @}, a local part of the characters RFC 5322 allows unquoted (no leading, trailing or
 * doubled dot, at most 64 characters), and a domain of at least two DNS labels ending in a
 * letters-only top-level label; 254 characters in all. ASCII only: an internationalised domain
 * travels in its punycode form ({@code xn--…}), as the SMTP server needs it. Quoted local parts
 * and address literals ({@code [10.0.0.1]}) are refused: operators' exports do not use them and
 * mail servers often refuse them.
 */
public final class EmailAddress {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";

    private EmailAddress() {
    }

    /** Null when the address is acceptable, else why not (for a rejects report). */
    public static String problem(String s) {
        if (s == null || s.isEmpty()) return "empty";
        if (s.length() > MAX_LENGTH) return "longer than " + MAX_LENGTH + " characters";
        int at = s.indexOf('@');
        if (at < 0) return "no @";
        if (s.indexOf('@', at + 1) >= 0) return "more than one @";
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.isEmpty()) return "nothing before the @";
        if (local.length() > MAX_LOCAL) return "more than " + MAX_LOCAL + " characters before the @";
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAsciiLetterOrDigit(c) && LOCAL_SPECIALS.indexOf(c) < 0) return "character '" + c + "' before the @";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) return "a misplaced dot before the @";
        return domainProblem(domain);
    }

    public static boolean isValid(String s) {
        return problem(s) == null;
    }

    private static String domainProblem(String domain) {
        if (domain.isEmpty()) return "nothing after the @";
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) return "the domain '" + domain + "' has no dot";
        for (String label : labels) {
            if (label.isEmpty()) return "a misplaced dot in the domain '" + domain + "'";
            if (label.length() > MAX_LABEL) return "a domain label longer than " + MAX_LABEL + " characters";
            if (label.startsWith("-") || label.endsWith("-")) return "a domain label that starts or ends with '-'";
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isAsciiLetterOrDigit(c) && c != '-') return "character '" + c + "' in the domain";
            }
        }
        String top = labels[labels.length - 1];
        if (top.length() < 2 || !(top.chars().allMatch(EmailAddress::isAsciiLetter) || top.startsWith("xn--"))) {
            return "the domain '" + domain + "' does not end in a top-level domain";
        }
        return null;
    }

    /**
     * The one masking rule for an email address (SPEC R14.3): the first character of the local
     * part, three stars whatever its length, and the domain ({@code z***@qq.com}); the domain
     * says which provider, which the work needs, and nothing of the person. Text that is not an
     * address is masked whole. Null stays null.
     */
    public static String mask(String s) {
        if (s == null) return null;
        int at = s.lastIndexOf('@');
        if (at <= 0) return "***";
        int firstEnd = s.offsetByCodePoints(0, 1);
        return s.substring(0, firstEnd) + "***" + s.substring(at);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
