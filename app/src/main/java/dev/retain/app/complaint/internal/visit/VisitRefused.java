package dev.retain.app.complaint.internal.visit;

/** A visit action refused for a reason the page shows: {@code key} is a message key of the complaint bundle. */
public class VisitRefused extends RuntimeException {

    private final String key;

    public VisitRefused(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
