package dev.retain.engine.value;

import java.math.BigDecimal;

/**
 * Money as a long count of fen (1/100 CNY). Comparisons with thresholds are exact
 * (SPEC R2.2: "≥ A" compares money without rounding), so money never becomes a double
 * before a decision is taken.
 */
public final class Money {

    private Money() {
    }

    /** Parses "188", "188.5", "188.00" exactly; rejects more than two decimals, signs and junk. */
    public static long parseFen(CharSequence s) {
        long fen = parseFenOrMinus(s, 0, s.length());
        if (fen < 0) throw new IllegalArgumentException("not an amount in CNY with at most two decimals: '" + s + "'");
        return fen;
    }

    /** Byte-level parse for the hot import path; returns -1 when the text is not a valid amount. */
    public static long parseFenOrMinus(byte[] b, int from, int to) {
        if (from >= to) return -1;
        long whole = 0;
        int i = from;
        int digits = 0;
        for (; i < to && b[i] != '.'; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || ++digits > 15) return -1;
            whole = whole * 10 + d;
        }
        if (digits == 0) return -1;
        if (i == to) return whole * 100;
        i++; // the dot
        int decimals = to - i;
        if (decimals < 1 || decimals > 2) return -1;
        int d1 = b[i] - '0';
        if (d1 < 0 || d1 > 9) return -1;
        int d2 = 0;
        if (decimals == 2) {
            d2 = b[i + 1] - '0';
            if (d2 < 0 || d2 > 9) return -1;
        }
        return whole * 100 + d1 * 10 + d2;
    }

    private static long parseFenOrMinus(CharSequence s, int from, int to) {
        byte[] b = new byte[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > 127) return -1;
            b[i - from] = (byte) c;
        }
        return parseFenOrMinus(b, 0, b.length);
    }

    /** "188.00": always two decimals, as the contract writes money. */
    public static String format(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
