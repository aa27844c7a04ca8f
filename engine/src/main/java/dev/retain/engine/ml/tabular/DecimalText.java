package dev.retain.engine.ml.tabular;

/** Strict number parsing for CSV cells: decimal notation with an optional exponent; no NaN, Infinity, hex or suffixes. */
final class DecimalText {

    private DecimalText() {
    }

    /** The value, or null when the text is not a plain decimal number. */
    static Double parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 40) return null;
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') i++;
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) return null;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) return null;
        }
        if (i != n) return null;
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
    }
}
