package dev.retain.app.customer;

/** Rows read (data rows, without the header), loaded and rejected of one file of an import. */
public record ImportFileCounts(String file, long read, long loaded, long rejected) {
}
