package dev.retain.engine.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A UTF-8 CSV file in the contract's format: comma-separated, quoted only where RFC 4180
 * requires it, an empty field for null, {@code true}/{@code false}. Call the field methods
 * in column order, then {@link #endRow()}. Values are formatted by {@link ByteOutput}, so
 * the cycle's outputs and the synthetic province write numbers, money and dates alike.
 */
public final class CsvWriter implements AutoCloseable {

    private static final int BUFFER = 1 << 18;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private final OutputStream stream;
    private final ByteOutput<IOException> out;
    private boolean firstInRow = true;

    public CsvWriter(Path file, String... header) throws IOException {
        this.stream = Files.newOutputStream(file);
        this.out = new ByteOutput<>(BUFFER, stream::write);
        for (String h : header) field(h);
        endRow();
    }

    /** Text, quoted when it holds a comma, a quote or a line break; null and "" are an empty field. */
    public CsvWriter field(String value) throws IOException {
        separator();
        if (value == null || value.isEmpty()) return this;
        if (!needsQuotes(value)) {
            out.utf8(value);
            return this;
        }
        out.ascii('"');
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '"') {
                out.utf8(value, from, i + 1);
                out.ascii('"'); // a quote inside is doubled
                from = i + 1;
            }
        }
        out.utf8(value, from, value.length());
        out.ascii('"');
        return this;
    }

    public CsvWriter field(long value) throws IOException {
        separator();
        out.number(value);
        return this;
    }

    /** Bytes that need no quoting (codes, numbers and names encoded once up front). */
    public CsvWriter field(byte[] encoded) throws IOException {
        separator();
        out.bytes(encoded);
        return this;
    }

    public CsvWriter field(boolean value) throws IOException {
        return field(value ? TRUE : FALSE);
    }

    /** Money in fen written as CNY with two decimals: 18800 → 188.00. */
    public CsvWriter money(long fen) throws IOException {
        separator();
        out.money(fen);
        return this;
    }

    /** A value scaled by 10^decimals written with exactly that many decimals. */
    public CsvWriter fixed(long scaled, int decimals) throws IOException {
        separator();
        out.fixed(scaled, decimals);
        return this;
    }

    /** ISO date, or an empty field when unknown. */
    public CsvWriter date(LocalDate d) throws IOException {
        separator();
        if (d != null) out.date(d);
        return this;
    }

    public CsvWriter empty() throws IOException {
        separator();
        return this;
    }

    public void endRow() throws IOException {
        out.ascii('\n');
        firstInRow = true;
    }

    private void separator() throws IOException {
        if (!firstInRow) out.ascii(',');
        firstInRow = false;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }

    /** One field's CSV text, for small outputs built as strings (rejects reports, exports). */
    public static String escape(String value) {
        if (value == null) return "";
        return needsQuotes(value) ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void close() throws IOException {
        try (stream) {
            out.flush();
        }
    }
}
