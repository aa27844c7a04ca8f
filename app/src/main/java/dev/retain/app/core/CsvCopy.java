package dev.retain.app.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A CSV file with a header row (the engine's output files), ready to be loaded with
 * PostgreSQL's COPY into a table whose columns bear the header's names, whatever their order.
 * Core checks the header and writes the command; the module that owns the table runs it
 * ({@code copyManager(dataSource).copyIn(csv.command(table), csv.open())}), so each table is
 * written by its owner only.
 */
public record CsvCopy(Path file, List<String> columns) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Reads and checks the header: plain lower-case column names only, as the engine writes them. */
    public static CsvCopy of(Path file) {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) throw new IllegalStateException(file.getFileName() + " is empty");
        List<String> columns = List.of(header.strip().split(","));
        for (String column : columns) {
            if (!NAME.matcher(column).matches()) throw new IllegalStateException(file.getFileName() + ": unexpected column '" + column + "'");
        }
        return new CsvCopy(file, columns);
    }

    /** {@code COPY table (header columns) FROM STDIN} in CSV format, the header row skipped. */
    public String command(String table) {
        if (!NAME.matcher(table).matches()) throw new IllegalArgumentException("not a table name: " + table);
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')";
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    /** The error to throw when the COPY failed, naming the file. */
    public RuntimeException failed(Exception cause) {
        if (cause instanceof IOException io) return new UncheckedIOException("reading " + file.getFileName() + " failed", io);
        return new IllegalStateException("loading " + file.getFileName() + " failed: " + cause.getMessage(), cause);
    }

    /** The COPY API of the connection bound to the current transaction (the one the caller's other statements use). */
    public static CopyManager copyManager(DataSource dataSource) throws SQLException {
        return DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getCopyAPI();
    }
}
