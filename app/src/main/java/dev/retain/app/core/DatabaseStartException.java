package dev.retain.app.core;

/**
 * The embedded PostgreSQL could not be started. The message is one line for the terminal:
 * what happened and what to do; the details are in PostgreSQL's own log, which it names.
 */
public class DatabaseStartException extends RuntimeException {

    public DatabaseStartException(String message) {
        super(message);
    }

    public DatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
