package dev.retain.engine.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a small calendar table: plain comma-separated codes, dates and numbers under a fixed
 * header, {@code #} lines are comments. The tables are short and hold no text that needs quoting,
 * so a quote is refused rather than half-understood.
 */
final class TableRows {

    /** One row: its line number (for the error message) and its fields. */
    record Row(String table, int line, String[] fields, String[] header) {

        String field(int i) {
            return fields[i];
        }

        int number(int i) {
            try {
                return Integer.parseInt(fields[i]);
            } catch (NumberFormatException e) {
                throw fail(i, "'" + fields[i] + "' is not a whole number");
            }
        }

        LocalDate date(int i) {
            try {
                return LocalDate.parse(fields[i]);
            } catch (DateTimeException e) {
                throw fail(i, "'" + fields[i] + "' is not a date (YYYY-MM-DD)");
            }
        }

        CalendarTableException fail(String reason) {
            return new CalendarTableException(table, line, reason);
        }

        /** A problem of one field: the exception names its column. */
        CalendarTableException fail(int field, String reason) {
            return new CalendarTableException(table, line, header[field], reason);
        }
    }

    private TableRows() {
    }

    static List<Row> resource(String path, String... header) {
        InputStream in = TableRows.class.getResourceAsStream(path);
        if (in == null) throw new CalendarTableException(path, 0, "not on the class path");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, path, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(Reader reader, String table, String... header) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (text.isBlank() || text.startsWith("#")) continue;
            if (text.indexOf('"') >= 0) throw new CalendarTableException(table, number, "quotes are not expected in a calendar table");
            String[] fields = text.split(",", -1);
            for (int i = 0; i < fields.length; i++) fields[i] = fields[i].trim();
            if (!headerSeen) {
                if (!Arrays.equals(fields, header)) {
                    throw new CalendarTableException(table, number, "the header must be " + String.join(",", header));
                }
                headerSeen = true;
                continue;
            }
            if (fields.length != header.length) {
                throw new CalendarTableException(table, number, fields.length + " fields where " + header.length + " are expected");
            }
            rows.add(new Row(table, number, fields, header));
        }
        if (!headerSeen) throw new CalendarTableException(table, 0, "empty: the header " + String.join(",", header) + " is missing");
        return rows;
    }
}
