package dev.retain.app.complaint;

import java.util.List;

/**
 * What a complaints.csv import did: rows read, complaints taken in, rows whose complaint_id was already
 * on file (a re-run: nothing new), and each rejected row with its line, column and reason.
 */
public record ComplaintImportOutcome(String file, long rows, long loaded, long alreadyOnFile, List<Reject> rejects) {

    public record Reject(long line, String column, String reason) {
    }

    public ComplaintImportOutcome {
        rejects = List.copyOf(rejects);
    }

    public long rejected() {
        return rejects.size();
    }
}
