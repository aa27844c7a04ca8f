package dev.retain.engine.csv;

import java.time.LocalDate;

/**
 * The byte-level core of every writer of the contract's rows: the CSV files of the cycle and
 * of the synthetic province ({@link CsvWriter}) and the app's COPY stream. Numbers, money,
 * dates, months and UTF-8 text are formatted straight into one buffer, digit by digit and
 * without a string per value, because these writers emit millions of rows; the buffer goes
 * to its {@link Target} whenever it is full. A writer on top keeps only its own format's
 * rules: separators, quoting or escaping, and how null and booleans are spelt.
 *
 * <p>Money and fixed-point values are written the same way everywhere, negatives included:
 * {@code -50} fen is {@code -0.50}, and every {@code long} (also {@link Long#MIN_VALUE}) has
 * an exact text.
 *
 * @param <X> what the target throws: {@code IOException} for a file, an unchecked exception
 *            for a target that wraps its own failures (so the hot calls declare nothing)
 */
public final class ByteOutput<X extends Exception> {

    /** Where full buffers go. */
    @FunctionalInterface
    public interface Target<X extends Exception> {
        void write(byte[] bytes, int offset, int length) throws X;
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
            100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
            1_000_000_000_000_000_000L};
    /** The longest number: a sign and 19 digits; with a decimal point, one more. */
    private static final int LONGEST_NUMBER = 21;

    private final byte[] buf;
    private final Target<X> target;
    private int pos;

    public ByteOutput(int capacity, Target<X> target) {
        if (capacity < 64) throw new IllegalArgumentException("a buffer of at least 64 bytes, not " + capacity);
        this.buf = new byte[capacity];
        this.target = target;
    }

    /** One ASCII character (a separator, a quote, an escape). */
    public void ascii(char c) throws X {
        if (pos == buf.length) flush();
        buf[pos++] = (byte) c;
    }

    /** Bytes written as they are: text encoded once up front (codes, numbers, names). */
    public void bytes(byte[] b) throws X {
        if (b.length > buf.length - pos) {
            flush();
            if (b.length > buf.length) {
                target.write(b, 0, b.length);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    public void utf8(String s) throws X {
        utf8(s, 0, s.length());
    }

    /**
     * Characters {@code from} (inclusive) to {@code to} (exclusive) of {@code s} in UTF-8. A
     * lone surrogate becomes {@code ?}, as {@link String#getBytes} writes it.
     */
    public void utf8(String s, int from, int to) throws X {
        int i = from;
        while (i < to) {
            if (buf.length - pos < 4) flush();
            byte[] b = buf;
            int p = pos;
            // at most three bytes a character, and a surrogate pair (two characters) is four:
            // keeping one byte spare lets a pair begin on the last character counted
            int end = Math.min(to, i + (b.length - p - 1) / 3);
            while (i < end) {
                char c = s.charAt(i++);
                if (c < 0x80) {
                    b[p++] = (byte) c;
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | c >> 6);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    b[p++] = (byte) (0xE0 | c >> 12);
                    b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(s.charAt(i))) {
                    int cp = Character.toCodePoint(c, s.charAt(i++));
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[p++] = '?';
                }
            }
            pos = p;
        }
    }

    /** A whole number: {@code -42}, {@code 0}, {@code 9223372036854775807}. */
    public void number(long v) throws X {
        if (buf.length - pos < LONGEST_NUMBER) flush();
        long negated = sign(v);
        digitsOf(negated, 1);
    }

    /** Money in fen as CNY with two decimals: 18800 → {@code 188.00}, -5 → {@code -0.05}. */
    public void money(long fen) throws X {
        if (buf.length - pos < LONGEST_NUMBER + 2) flush();
        long negated = sign(fen);
        // constant divisors: the JIT turns these into multiplications, a variable unit would cost two divisions a value
        digitsOf(negated / 100, 1);
        buf[pos++] = '.';
        twoDigits((int) -(negated % 100));
    }

    /** A value scaled by 10^decimals, written with exactly that many decimals: (12345, 4) → {@code 1.2345}. */
    public void fixed(long scaled, int decimals) throws X {
        if (decimals == 2) {
            money(scaled);
            return;
        }
        if (decimals < 0 || decimals >= POWERS_OF_TEN.length) throw new IllegalArgumentException("0 to 18 decimals, not " + decimals);
        if (buf.length - pos < LONGEST_NUMBER + decimals) flush();
        long negated = sign(scaled);
        long unit = POWERS_OF_TEN[decimals];
        digitsOf(negated / unit, 1);
        if (decimals > 0) {
            buf[pos++] = '.';
            digitsOf(negated % unit, decimals);
        }
    }

    /** ISO {@code YYYY-MM-DD}; the year has at least four digits. */
    public void date(int year, int month, int day) throws X {
        if (buf.length - pos < 17) flush();
        yearAndMonth(year, month);
        buf[pos++] = '-';
        twoDigits(day);
    }

    public void date(LocalDate d) throws X {
        date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@code YYYY-MM} of a month index ({@code dev.retain.engine.value.Months#index}: year × 12 + month − 1). */
    public void month(int monthIndex) throws X {
        if (buf.length - pos < 14) flush();
        yearAndMonth(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1);
    }

    /** Hands what is buffered to the target. */
    public void flush() throws X {
        if (pos > 0) {
            target.write(buf, 0, pos);
            pos = 0;
        }
    }

    private void yearAndMonth(int year, int month) {
        if (year >= 1000 && year <= 9999) { // every real date: four digits without a loop
            twoDigits(year / 100);
            twoDigits(year % 100);
        } else {
            digitsOf(sign(year), 4);
        }
        buf[pos++] = '-';
        twoDigits(month);
    }

    /** Writes the minus sign of a negative v and returns -|v|: negatives reach Long.MIN_VALUE, positives do not. */
    private long sign(long v) {
        if (v < 0) {
            buf[pos++] = '-';
            return v;
        }
        return -v;
    }

    /** The digits of -negated (negated ≤ 0), zero-padded to at least {@code width}. */
    private void digitsOf(long negated, int width) {
        int length = 1;
        for (long bound = -10; length < 19 && negated <= bound; bound *= 10) length++;
        length = Math.max(length, width);
        // written from the last digit back, so the digits land in place
        int p = pos + length;
        pos = p;
        while (negated != 0) {
            buf[--p] = (byte) ('0' - negated % 10);
            negated /= 10;
        }
        while (p > pos - length) buf[--p] = '0';
    }

    private void twoDigits(int v) {
        buf[pos++] = (byte) ('0' + v / 10);
        buf[pos++] = (byte) ('0' + v % 10);
    }
}
