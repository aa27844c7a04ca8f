package dev.retain.app.cli;

/** The command line was wrong: print the message and the usage, exit 64. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
