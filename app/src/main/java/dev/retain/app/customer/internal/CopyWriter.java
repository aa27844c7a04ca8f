package dev.retain.app.customer.internal;

import dev.retain.engine.value.Months;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows in PostgreSQL's COPY text format, buffered and sent with {@code writeToCopy}: the
 * parser's thread encodes while the server ingests, and no row is kept once written.
 * Fields are tab-separated, {@code \N} is null, and backslash, tab, CR and LF are escaped.
 */
public final class CopyWriter implements AutoCloseable {

    private static final int SIZE = 1 << 20;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyIn copy;
    private final byte[] buf = new byte[SIZE];
    private final String[] monthTexts = new String[12 * 3000];
    private int pos;
    private boolean rowStarted;
    private long rows;

    private CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    public static CopyWriter open(CopyManager copyManager, String table, List<String> columns) throws SQLException {
        return new CopyWriter(copyManager.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN"));
    }

    private void separator() {
        ensure(1);
        if (rowStarted) buf[pos++] = '\t';
        rowStarted = true;
    }

    public CopyWriter nul() {
        separator();
        ensure(2);
        buf[pos++] = NULL[0];
        buf[pos++] = NULL[1];
        return this;
    }

    public CopyWriter text(String s) {
        if (s == null) return nul();
        separator();
        int n = s.length();
        if (n * 6 + 16 > SIZE) {
            writeEncoded(s.getBytes(StandardCharsets.UTF_8));
            return this;
        }
        ensure(n * 6);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // a non-ASCII string: encode it once; escapes are ASCII and never inside a multi-byte sequence
                writeEncoded(s.substring(i).getBytes(StandardCharsets.UTF_8));
                return this;
            }
            escapeInto((byte) c);
        }
        return this;
    }

    private void writeEncoded(byte[] bytes) {
        for (byte b : bytes) {
            ensure(2);
            escapeInto(b);
        }
    }

    private void escapeInto(byte b) {
        switch (b) {
            case '\\' -> { buf[pos++] = '\\'; buf[pos++] = '\\'; }
            case '\t' -> { buf[pos++] = '\\'; buf[pos++] = 't'; }
            case '\n' -> { buf[pos++] = '\\'; buf[pos++] = 'n'; }
            case '\r' -> { buf[pos++] = '\\'; buf[pos++] = 'r'; }
            default -> buf[pos++] = b;
        }
    }

    public CopyWriter number(long v) {
        separator();
        ensure(20);
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        digits(v, 1);
        return this;
    }

    /** Fen as CNY with two decimals: 18850 → 188.50. */
    public CopyWriter money(long fen) {
        separator();
        ensure(24);
        if (fen < 0) {
            buf[pos++] = '-';
            fen = -fen;
        }
        digits(fen / 100, 1);
        buf[pos++] = '.';
        digits(fen % 100, 2);
        return this;
    }

    public CopyWriter decimal(double v) {
        return ascii(Double.toString(v));
    }

    public CopyWriter bool(boolean v) {
        separator();
        ensure(1);
        buf[pos++] = (byte) (v ? 't' : 'f');
        return this;
    }

    public CopyWriter date(LocalDate d) {
        if (d == null) return nul();
        separator();
        ensure(11);
        digits(d.getYear(), 4);
        buf[pos++] = '-';
        digits(d.getMonthValue(), 2);
        buf[pos++] = '-';
        digits(d.getDayOfMonth(), 2);
        return this;
    }

    /** A month index ({@link Months#index}) as YYYY-MM. */
    public CopyWriter month(int index) {
        String text = index >= 0 && index < monthTexts.length ? monthTexts[index] : null;
        if (text == null) {
            text = Months.fromIndex(index).toString();
            if (index >= 0 && index < monthTexts.length) monthTexts[index] = text;
        }
        return ascii(text);
    }

    private CopyWriter ascii(String s) {
        separator();
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) buf[pos++] = (byte) s.charAt(i);
        return this;
    }

    /** Writes v with at least {@code width} digits, zero-padded. */
    private void digits(long v, int width) {
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
            width--;
        } while (v > 0 || width > 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    public void endRow() {
        ensure(1);
        buf[pos++] = '\n';
        rowStarted = false;
        rows++;
    }

    public long rows() {
        return rows;
    }

    private void ensure(int bytes) {
        if (pos + bytes > SIZE) flush();
    }

    private void flush() {
        if (pos == 0) return;
        try {
            copy.writeToCopy(buf, 0, pos);
        } catch (SQLException e) {
            throw new CopyFailedException(e);
        }
        pos = 0;
    }

    /** Sends the rest and ends the COPY; returns the rows the server took. */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons the COPY when the file failed half-way, so the connection can be rolled back. */
    @Override
    public void close() {
        try {
            if (copy.isActive()) copy.cancelCopy();
        } catch (SQLException e) {
            // the transaction is rolled back anyway; nothing of this COPY is kept
        }
    }

    /** The server refused the stream (a constraint, a lost connection) while rows were being written. */
    public static final class CopyFailedException extends RuntimeException {
        CopyFailedException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
