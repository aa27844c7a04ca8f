package dev.retain.engine.csv;

/** A whole file cannot be used: unreadable, empty, a required column missing, too many rejects. */
public final class InputFileException extends RuntimeException {

    private final String file;

    public InputFileException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public InputFileException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
