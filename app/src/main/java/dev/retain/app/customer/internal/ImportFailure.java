package dev.retain.app.customer.internal;

import java.util.List;

/** The import cannot be kept: the message names the file (and line and column where one row decided it). */
public final class ImportFailure extends RuntimeException {

    private final transient List<FileOutcome> outcomes;

    public ImportFailure(String message, List<FileOutcome> outcomes, Throwable cause) {
        super(message, cause);
        this.outcomes = List.copyOf(outcomes);
    }

    /** The files read before and including the one that failed, with their rejects. */
    public List<FileOutcome> outcomes() {
        return outcomes;
    }
}
