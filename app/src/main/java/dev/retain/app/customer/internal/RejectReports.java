package dev.retain.app.customer.internal;

import dev.retain.engine.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads back the rejects reports ({@code file,line,column,reason,raw}) the engine writes. */
final class RejectReports {

    private RejectReports() {
    }

    /** "line 5, column bill: reason" of the first reject in the reports, or null when there is none. */
    static String first(List<Path> reports) {
        for (Path report : reports) {
            try (InputStream in = Files.newInputStream(report); CsvReader csv = new CsvReader(in)) {
                if (!csv.next() || !csv.next()) continue; // the header, then the first reject
                var r = csv.record();
                String column = r.optionalText(2);
                return "line " + r.text(1) + (column == null ? "" : ", column " + column) + ": " + r.text(3);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }
}
