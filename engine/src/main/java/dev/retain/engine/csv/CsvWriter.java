package dev.retain.engine.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 CSV writer that quotes only where RFC 4180 requires it. It encodes into its own
 * byte buffer and formats numbers and money without making strings, because the cycle
 * writes one row per subscriber.
 */
public final class CsvWriter implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private final byte[] digits = new byte[20];
    private int pos;
    private boolean firstInRow = true;

    public CsvWriter(Path file, String... header) throws IOException {
        this.out = Files.newOutputStream(file);
        for (String h : header) field(h);
        endRow();
    }

    public CsvWriter field(String value) throws IOException {
        separator();
        if (value == null || value.isEmpty()) return this;
        if (needsQuotes(value)) {
            bytes(('"' + value.replace("\"", "\"\"") + '"').getBytes(StandardCharsets.UTF_8));
            return this;
        }
        int n = value.length();
        if (pos + n > BUFFER) flush();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) { // not ASCII: let the JDK encode it
                bytes(value.substring(i).getBytes(StandardCharsets.UTF_8));
                return this;
            }
            buf[pos++] = (byte) c;
        }
        return this;
    }

    public CsvWriter field(long value) throws IOException {
        separator();
        number(value);
        return this;
    }

    /** Money in fen written as CNY with two decimals: 18800 → 188.00. */
    public CsvWriter money(long fen) throws IOException {
        return fixed(fen, 2);
    }

    /** A value scaled by 10^decimals written with exactly that many decimals. */
    public CsvWriter fixed(long scaled, int decimals) throws IOException {
        separator();
        if (pos + 24 > BUFFER) flush();
        if (scaled < 0) {
            buf[pos++] = '-';
            scaled = -scaled;
        }
        long unit = 1;
        for (int i = 0; i < decimals; i++) unit *= 10;
        number(scaled / unit);
        if (decimals > 0) {
            buf[pos++] = '.';
            long frac = scaled % unit;
            for (long u = unit / 10; u > 0; u /= 10) {
                buf[pos++] = (byte) ('0' + frac / u);
                frac %= u;
            }
        }
        return this;
    }

    public CsvWriter empty() throws IOException {
        separator();
        return this;
    }

    public void endRow() throws IOException {
        if (pos + 1 > BUFFER) flush();
        buf[pos++] = '\n';
        firstInRow = true;
    }

    private void separator() throws IOException {
        if (!firstInRow) {
            if (pos + 1 > BUFFER) flush();
            buf[pos++] = ',';
        }
        firstInRow = false;
    }

    private void number(long v) throws IOException {
        if (pos + 21 > BUFFER) flush();
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        while (n > 0) buf[pos++] = digits[--n];
    }

    private void bytes(byte[] b) throws IOException {
        if (b.length > BUFFER - pos) flush();
        if (b.length > BUFFER) {
            out.write(b);
            return;
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }

    public static String escape(String value) {
        if (value == null) return "";
        return needsQuotes(value) ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
