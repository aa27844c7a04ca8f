package dev.retain.app.core;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's start-up failure report for {@link AppliedMigrationChangedException}: its line, no stack trace. */
class AppliedMigrationChangedFailureAnalyzer extends AbstractFailureAnalyzer<AppliedMigrationChangedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AppliedMigrationChangedException cause) {
        return new FailureAnalysis("Applied database migrations have changed: " + String.join(", ", cause.migrations()),
                "Stop Retain, delete var/db and import again (or set RETAIN_DB_URL to an empty database).", cause);
    }
}
