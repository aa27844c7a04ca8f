package dev.retain.app.customer.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * What one file of an import did: rows read (data rows, not the header), loaded, rejected,
 * and the rejects reports (CSV: file, line, column, reason, raw) that hold the rejected rows.
 */
public record FileOutcome(String file, long read, long loaded, long rejected, List<Path> rejectReports) {
}
