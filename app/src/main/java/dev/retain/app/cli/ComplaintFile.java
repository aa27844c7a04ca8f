package dev.retain.app.cli;

import dev.retain.app.complaint.ComplaintImportOutcome;
import dev.retain.app.complaint.ComplaintImports;
import dev.retain.app.security.PersonalData;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.ApplicationContext;

/**
 * A folder's optional complaints.csv, imported after the province through the complaint module's
 * public API (the customer module does not write complaints); a re-import adds nothing (complaint_id).
 */
final class ComplaintFile {

    static final String NAME = "complaints.csv";

    private ComplaintFile() {
    }

    /** Imports {@code dir/complaints.csv} when present; null when there is none. */
    static ComplaintImportOutcome importIfPresent(ApplicationContext app, Path dir, String user, PrintStream out) {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) return null;
        ComplaintImportOutcome o = app.getBean(ComplaintImports.class).importCsv(file, user);
        out.printf(Locale.ROOT, "  %-20s %,12d read %,12d loaded %,10d rejected %,10d already on file%n", o.file(), o.rows(), o.loaded(),
                o.rejected(), o.alreadyOnFile());
        o.rejects().stream().limit(5).forEach(r -> out.println("    line " + r.line() + (r.column() == null ? "" : " " + r.column()) + ": "
                + PersonalData.maskNumbersIn(r.reason())));
        return o;
    }
}
