package dev.retain.engine.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain UTF-8 CSV writer that quotes only where RFC 4180 requires it. */
public final class CsvWriter implements AutoCloseable {

    private final BufferedWriter out;
    private boolean firstInRow = true;

    public CsvWriter(Path file, String... header) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        for (String h : header) field(h);
        endRow();
    }

    public CsvWriter field(String value) throws IOException {
        if (!firstInRow) out.write(',');
        firstInRow = false;
        if (value != null) out.write(escape(value));
        return this;
    }

    public CsvWriter field(long value) throws IOException {
        return field(Long.toString(value));
    }

    public void endRow() throws IOException {
        out.write('\n');
        firstInRow = true;
    }

    public static String escape(String value) {
        if (value == null) return "";
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
