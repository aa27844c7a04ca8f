package dev.retain.app.core;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's start-up failure report for {@link DatabaseStartException}: its line, no stack trace. */
class DatabaseStartFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartException cause) {
        return new FailureAnalysis("The embedded database did not start: " + cause.getMessage(),
                "Do what the description says; PostgreSQL's own log is named there.", cause);
    }
}
