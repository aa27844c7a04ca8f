package dev.retain.app.cli;

/** The application (Spring) failed to start for a command; {@link StartFailure} turns it into one line. */
final class ApplicationStartException extends RuntimeException {

    ApplicationStartException(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }

    RuntimeException failure() {
        return (RuntimeException) getCause();
    }
}
