package dev.retain.engine.csv;

/** Counts of one file's load: rows read, rows kept, rows rejected, rows skipped on purpose. */
public record FileLoad(String file, long rows, long loaded, long rejected, long skipped, java.nio.file.Path rejectsFile) {

    public double rejectRate() {
        return rows == 0 ? 0 : (double) rejected / rows;
    }
}
