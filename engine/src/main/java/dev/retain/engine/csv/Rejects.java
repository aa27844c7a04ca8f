package dev.retain.engine.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejects report of one input file, streamed to {@code <file>.rejects.csv} so that
 * nothing is lost however many rows are bad. The file is only created on the first reject.
 */
public final class Rejects implements AutoCloseable {

    public static final String HEADER = "file,line,column,reason,raw";

    private final String fileName;
    private final Path target;
    private BufferedWriter out;
    private long count;
    private String first;

    public Rejects(String fileName, Path reportDir) {
        this.fileName = fileName;
        this.target = reportDir == null ? null : reportDir.resolve(fileName + ".rejects.csv");
    }

    public synchronized void add(long line, String column, String reason, String raw) {
        count++;
        if (first == null) first = "line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
        if (target == null) return;
        try {
            if (out == null) {
                // the report folder exists only once there is something to report
                Files.createDirectories(target.getParent());
                out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                out.write(HEADER);
                out.newLine();
            }
            out.write(CsvWriter.escape(fileName) + "," + line + "," + CsvWriter.escape(column == null ? "" : column) + ","
                    + CsvWriter.escape(reason) + "," + CsvWriter.escape(raw));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    public void add(long line, FieldError error, String raw) {
        add(line, error.column(), error.reason(), raw);
    }

    public long count() {
        return count;
    }

    /** The first reject, for a one-line error message. */
    public String first() {
        return first;
    }

    public Path target() {
        return count > 0 ? target : null;
    }

    @Override
    public void close() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
