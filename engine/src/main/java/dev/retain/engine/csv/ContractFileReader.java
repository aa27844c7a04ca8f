package dev.retain.engine.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

/**
 * Reads one contract file: header check, well-formedness and UTF-8 per row, then the
 * file's own {@link RowHandler}. Bad rows go to the rejects report; too many of them, an
 * empty or unreadable file, or a missing column fail the file.
 */
public final class ContractFileReader {

    private final Path reportDir;
    private final double maxRejectRate;

    public ContractFileReader(Path reportDir, double maxRejectRate) {
        this.reportDir = reportDir;
        this.maxRejectRate = maxRejectRate;
    }

    public FileLoad read(Path file, List<String> requiredColumns, RowHandler handler, LongConsumer bytesDone) {
        String name = file.getFileName().toString();
        try {
            return read(name, Files.newInputStream(file), requiredColumns, handler, bytesDone, line -> line);
        } catch (NoSuchFileException e) {
            throw new InputFileException(name, "file not found: " + file);
        } catch (IOException e) {
            throw new InputFileException(name, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code input} (closed at the end) as the contract file {@code name}; {@code originalLine} maps a line of the
     * input to the line the rejects report names (the same line, except for a partition the Spark job hands over).
     */
    public FileLoad read(String name, InputStream input, List<String> requiredColumns, RowHandler handler, LongConsumer bytesDone,
                         LongUnaryOperator originalLine) {
        long rows = 0;
        long loaded = 0;
        long skipped = 0;
        try (InputStream in = input;
             CsvReader reader = new CsvReader(in);
             Rejects rejects = new Rejects(name, reportDir)) {
            if (!reader.next()) throw new InputFileException(name, "the file is empty (no header row)");
            Header header = Header.read(name, reader.record(), requiredColumns);
            handler.bind(header);
            Fields fields = new Fields(reader.record());
            while (reader.next()) {
                rows++;
                CsvRecord r = reader.record();
                long line = originalLine.applyAsLong(reader.line());
                String problem = r.malformed();
                if (problem == null) problem = r.utf8Problem();
                if (problem == null && r.fieldCount() != header.width()) {
                    problem = "expected " + header.width() + " fields, found " + r.fieldCount();
                }
                if (problem != null) {
                    rejects.add(line, null, problem, r.raw());
                    continue;
                }
                try {
                    if (handler.accept(r, fields, line)) loaded++;
                    else skipped++;
                } catch (FieldError e) {
                    rejects.add(line, e, r.raw());
                }
                if ((rows & 0xFFFF) == 0 && bytesDone != null) bytesDone.accept(reader.bytesRead());
            }
            if (bytesDone != null) bytesDone.accept(reader.bytesRead());
            FileLoad load = new FileLoad(name, rows, loaded, rejects.count(), skipped, null);
            if (rows > 0 && load.rejectRate() > maxRejectRate) {
                throw new InputFileException(name, String.format(java.util.Locale.ROOT,
                        "%d of %d rows rejected (%.2f%%), more than the allowed %.2f%%; first: %s%s",
                        rejects.count(), rows, 100 * load.rejectRate(), 100 * maxRejectRate, rejects.first(),
                        rejects.target() == null ? "" : "; all in " + rejects.target()));
            }
            return new FileLoad(name, rows, loaded, rejects.count(), skipped, rejects.target());
        } catch (IOException e) {
            throw new InputFileException(name, "cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
