package dev.retain.synth;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file written straight into a large byte buffer. The generator writes hundreds of
 * millions of fields, so numbers, money and dates are formatted digit by digit instead of
 * through {@code String.format} or a {@code Writer}'s char-to-byte encoding.
 * Fields are separated automatically: call the field methods in column order, then {@link #endRow()}.
 */
final class CsvOut implements Closeable {

    private static final int BUFFER = 1 << 20;

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private boolean rowStarted;
    private long rows;

    private CsvOut(OutputStream out) {
        this.out = out;
    }

    static CsvOut create(Path file, String header) throws IOException {
        CsvOut csv = new CsvOut(Files.newOutputStream(file));
        csv.raw(header.getBytes(StandardCharsets.UTF_8));
        csv.newline();
        return csv;
    }

    /** Data rows written so far (the header is not counted). */
    long rows() {
        return rows;
    }

    CsvOut empty() {
        separate();
        return this;
    }

    /** Text, quoted per RFC 4180 only when it needs to be. */
    CsvOut text(String s) {
        separate();
        if (s == null || s.isEmpty()) {
            return this;
        }
        if (needsQuotes(s)) {
            raw(('"' + s.replace("\"", "\"\"") + '"').getBytes(StandardCharsets.UTF_8));
        } else if (isAscii(s)) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
        } else {
            raw(s.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Bytes known to need no quoting (pre-encoded codes, numbers, names). */
    CsvOut bytes(byte[] b) {
        separate();
        raw(b);
        return this;
    }

    CsvOut integer(long v) {
        separate();
        digits(v);
        return this;
    }

    /** An amount in hundredths written with exactly two decimals: 18800 → {@code 188.00}. */
    CsvOut hundredths(long v) {
        separate();
        if (v < 0) {
            throw new IllegalArgumentException("negative amount " + v);
        }
        digits(v / 100);
        ensure(3);
        int cents = (int) (v % 100);
        buf[pos++] = '.';
        buf[pos++] = (byte) ('0' + cents / 10);
        buf[pos++] = (byte) ('0' + cents % 10);
        return this;
    }

    CsvOut bool(boolean b) {
        return bytes(b ? TRUE : FALSE);
    }

    /** ISO date {@code YYYY-MM-DD}. */
    CsvOut date(int year, int month, int day) {
        separate();
        ensure(10);
        pos = Dates.writeIso(buf, pos, year, month, day);
        return this;
    }

    /** ISO date, or an empty field when unknown. */
    CsvOut date(java.time.LocalDate d) {
        return d == null ? empty() : date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    CsvOut endRow() {
        newline();
        rowStarted = false;
        rows++;
        return this;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private void separate() {
        if (rowStarted) {
            ensure(1);
            buf[pos++] = ',';
        }
        rowStarted = true;
    }

    private void newline() {
        ensure(1);
        buf[pos++] = '\n';
    }

    private void digits(long v) {
        ensure(20);
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        if (v < 10) {
            buf[pos++] = (byte) ('0' + v);
            return;
        }
        int start = pos;
        while (v > 0) {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void raw(byte[] b) {
        if (b.length > buf.length) {
            flushQuietly();
            writeQuietly(b);
            return;
        }
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            flushQuietly();
        }
    }

    private void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    // The hot methods stay free of checked exceptions; an I/O failure surfaces as UncheckedIOException.
    private void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeQuietly(byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
