package dev.retain.app.core;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * The start-up failure report for whatever no more specific analyzer explains (it runs last):
 * the innermost cause's message instead of Spring Boot's stack trace on the terminal. The
 * command line writes the whole exception to the log file.
 */
class UnexpectedStartFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return new FailureAnalysis("Retain could not start: " + (root.getMessage() == null ? root.getClass().getName() : root.getMessage()),
                "Fix the cause; the command line writes the whole exception to var/log/retain.log under RETAIN_HOME.", failure);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
