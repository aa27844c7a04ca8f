package dev.retain.app.complaint;

import dev.retain.app.complaint.internal.intake.ComplaintCustomerReadModel;
import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.CsvReader;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.load.ComplaintParser;
import dev.retain.engine.load.ComplaintRecord;
import dev.retain.engine.load.ContractColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Bulk import of complaint records (004's "analysis" discovery, and a directory import's optional
 * complaints.csv): the engine's contract reader checks each row (rejects with line and column), good
 * rows are taken in through {@link Complaints#intake} in the order the customers complained (so repeat
 * counts see the earlier ones), each in its own transaction; a complaint_id already on file is not
 * taken again, so a re-run adds nothing. Bad rows never stop the good ones.
 */
@Service
public class ComplaintImports {

    private final Complaints complaints;
    private final ComplaintCustomerReadModel customers;

    ComplaintImports(Complaints complaints, ComplaintCustomerReadModel customers) {
        this.complaints = complaints;
        this.customers = customers;
    }

    /** Imports one complaints.csv; {@code by} is recorded as the creator. A file that cannot be read at all throws {@link InputFileException}. */
    public ComplaintImportOutcome importCsv(Path file, String by) {
        Path report;
        try {
            report = Files.createTempDirectory("complaint-rejects");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Numbered> rows = new ArrayList<>();
            FileLoad load = new ContractFileReader(report, 1.0).read(file, ContractColumns.COMPLAINT_REQUIRED,
                    new ComplaintParser((row, line) -> rows.add(new Numbered(row, line)), customers::exists), null);
            List<ComplaintImportOutcome.Reject> rejects = new ArrayList<>(readRejects(load.rejectsFile()));
            rows.sort(Comparator.comparing((Numbered n) -> n.row().receivedAt()).thenComparingLong(Numbered::line));
            long loaded = 0;
            long onFile = 0;
            for (Numbered n : rows) {
                ComplaintRecord r = n.row();
                try {
                    Complaints.Intake in = complaints.intake(new NewComplaint(r.complaintId(), r.msisdn(), r.channel(), r.category(),
                            r.description(), r.receivedInstant(), by));
                    if (in.created()) loaded++;
                    else onFile++;
                } catch (ComplaintRefusedException e) {
                    rejects.add(new ComplaintImportOutcome.Reject(n.line(), columnOf(e.field()), e.getMessage()));
                }
            }
            rejects.sort(Comparator.comparingLong(ComplaintImportOutcome.Reject::line));
            return new ComplaintImportOutcome(file.getFileName().toString(), load.rows(), loaded, onFile, rejects);
        } finally {
            deleteQuietly(report);
        }
    }

    private record Numbered(ComplaintRecord row, long line) {
    }

    /** The contract's column for a field of the intake. */
    private static String columnOf(String field) {
        if (field == null) return null;
        return switch (field) {
            case "externalId" -> "complaint_id";
            case "receivedAt" -> "received_at";
            default -> field;
        };
    }

    /** The engine's rejects report (file,line,column,reason,raw) back as rows. */
    private static List<ComplaintImportOutcome.Reject> readRejects(Path rejectsFile) {
        List<ComplaintImportOutcome.Reject> out = new ArrayList<>();
        if (rejectsFile == null || !Files.exists(rejectsFile)) return out;
        try (InputStream in = Files.newInputStream(rejectsFile); CsvReader reader = new CsvReader(in)) {
            reader.next(); // header
            while (reader.next()) {
                var rec = reader.record();
                String column = rec.optionalText(2);
                out.add(new ComplaintImportOutcome.Reject(Long.parseLong(rec.text(1)), column, rec.text(3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
