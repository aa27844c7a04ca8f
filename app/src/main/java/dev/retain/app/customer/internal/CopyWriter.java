package dev.retain.app.customer.internal;

import dev.retain.engine.csv.ByteOutput;
import dev.retain.engine.value.Months;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows in PostgreSQL's COPY text format, buffered and sent with {@code writeToCopy}: the
 * parser's thread encodes while the server ingests, and no row is kept once written.
 * Fields are tab-separated, {@code \N} is null, {@code t}/{@code f} a boolean, and
 * backslash, tab, CR and LF are escaped; numbers, money, dates and months are formatted by
 * the engine's {@link ByteOutput}, exactly as the contract's CSV files write them.
 */
public final class CopyWriter implements AutoCloseable {

    private static final int SIZE = 1 << 20;

    private final CopyIn copy;
    private final ByteOutput<CopyFailedException> out;
    private boolean rowStarted;
    private long rows;

    private CopyWriter(CopyIn copy) {
        this.copy = copy;
        this.out = new ByteOutput<>(SIZE, (bytes, offset, length) -> {
            try {
                copy.writeToCopy(bytes, offset, length);
            } catch (SQLException e) {
                throw new CopyFailedException(e);
            }
        });
    }

    public static CopyWriter open(CopyManager copyManager, String table, List<String> columns) throws SQLException {
        return new CopyWriter(copyManager.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN"));
    }

    private void separator() {
        if (rowStarted) out.ascii('\t');
        rowStarted = true;
    }

    public CopyWriter nul() {
        separator();
        out.ascii('\\');
        out.ascii('N');
        return this;
    }

    public CopyWriter text(String s) {
        if (s == null) return nul();
        separator();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '\\') continue;
            char escape = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : 0;
            if (escape != 0) {
                out.utf8(s, from, i);
                out.ascii('\\');
                out.ascii(escape);
                from = i + 1;
            }
        }
        out.utf8(s, from, s.length());
        return this;
    }

    public CopyWriter number(long v) {
        separator();
        out.number(v);
        return this;
    }

    /** Fen as CNY with two decimals: 18850 → 188.50, -50 → -0.50. */
    public CopyWriter money(long fen) {
        separator();
        out.money(fen);
        return this;
    }

    public CopyWriter decimal(double v) {
        separator();
        out.utf8(Double.toString(v));
        return this;
    }

    /** A decimal, or NULL when unknown (a subscriber's coordinates). */
    public CopyWriter optionalDecimal(Double v) {
        return v == null ? nul() : decimal(v);
    }

    public CopyWriter bool(boolean v) {
        separator();
        out.ascii(v ? 't' : 'f');
        return this;
    }

    public CopyWriter date(LocalDate d) {
        if (d == null) return nul();
        separator();
        out.date(d);
        return this;
    }

    /** A month index ({@link Months#index}) as YYYY-MM. */
    public CopyWriter month(int index) {
        separator();
        out.month(index);
        return this;
    }

    public void endRow() {
        out.ascii('\n');
        rowStarted = false;
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Sends the rest and ends the COPY; returns the rows the server took. */
    public long finish() throws SQLException {
        out.flush();
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
