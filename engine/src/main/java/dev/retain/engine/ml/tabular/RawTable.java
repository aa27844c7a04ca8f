package dev.retain.engine.ml.tabular;

import dev.retain.engine.csv.CsvReader;
import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.InputFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A customer-level CSV held as text: the header and every data row, each cell trimmed, a
 * blank cell as null. Strict about the shape (RFC 4180, UTF-8, every row as many fields as
 * the header), because a shifted column would silently poison a model; each problem names
 * the file, the line and, where one applies, the column.
 *
 * @param file   the file's name as the user gave it (for messages)
 * @param header column names, in file order
 * @param rows   the data rows
 * @param lines  the physical line each data row starts on
 */
public record RawTable(String file, List<String> header, List<String[]> rows, long[] lines) {

    public static RawTable read(Path path) {
        String file = path.toString();
        try (CsvReader reader = new CsvReader(Files.newInputStream(path))) {
            if (!reader.next()) throw new InputFileException(file, "the file is empty (no header row)");
            CsvRecord rec = reader.record();
            check(file, reader, rec);
            List<String> header = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < rec.fieldCount(); i++) {
                String name = rec.optionalText(i);
                if (name == null) name = "column_" + (i + 1);
                if (!seen.add(name)) throw new InputFileException(file, "line " + reader.line() + ": column '" + name + "' appears twice in the header");
                header.add(name);
            }
            List<String[]> rows = new ArrayList<>();
            long[] lines = new long[1024];
            while (reader.next()) {
                rec = reader.record();
                check(file, reader, rec);
                if (rec.fieldCount() != header.size()) {
                    throw new InputFileException(file, "line " + reader.line() + ": " + rec.fieldCount() + " fields, but the header has "
                            + header.size() + " (a missing or extra separator, or a quote not closed)");
                }
                String[] row = new String[header.size()];
                for (int i = 0; i < row.length; i++) row[i] = rec.optionalText(i);
                if (rows.size() == lines.length) lines = Arrays.copyOf(lines, lines.length * 2);
                lines[rows.size()] = reader.line();
                rows.add(row);
            }
            if (rows.isEmpty()) throw new InputFileException(file, "only a header row, no data rows");
            return new RawTable(file, List.copyOf(header), rows, Arrays.copyOf(lines, rows.size()));
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void check(String file, CsvReader reader, CsvRecord rec) {
        if (rec.malformed() != null) throw new InputFileException(file, "line " + reader.line() + ": " + rec.malformed());
        if (rec.utf8Problem() != null) throw new InputFileException(file, "line " + reader.line() + ": " + rec.utf8Problem() + " (save the file as UTF-8)");
    }

    public int size() {
        return rows.size();
    }

    public String cell(int row, int col) {
        return rows.get(row)[col];
    }

    /**
     * The index of a column named by the user: the exact name, else the one name equal to
     * it ignoring case and runs of spaces ("Call Failure" finds "Call  Failure"); -1 when none.
     */
    public int column(String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) return exact;
        String wanted = loose(name);
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            if (loose(header.get(i)).equals(wanted)) {
                if (found >= 0) return -1; // ambiguous
                found = i;
            }
        }
        return found;
    }

    /** Like {@link #column} but a missing column is an error that lists the columns there are. */
    public int requireColumn(String name, String role) {
        int i = column(name);
        if (i < 0) {
            throw new InputFileException(file, "no " + role + " column '" + name + "'; the columns are: " + String.join(", ", quoted(header)));
        }
        return i;
    }

    private static String loose(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }

    /** The same table without rows that repeat an earlier row exactly (every cell equal); the first of each stays. */
    public RawTable withoutDuplicates() {
        Map<List<String>, Boolean> seen = new HashMap<>();
        List<String[]> kept = new ArrayList<>();
        long[] keptLines = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (seen.putIfAbsent(Arrays.asList(rows.get(r)), Boolean.TRUE) == null) {
                keptLines[kept.size()] = lines[r];
                kept.add(rows.get(r));
            }
        }
        return new RawTable(file, header, kept, Arrays.copyOf(keptLines, kept.size()));
    }
}
