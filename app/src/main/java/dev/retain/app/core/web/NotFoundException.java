package dev.retain.app.core.web;

/** Thrown by a controller when what the URL names does not exist (or is not the user's to see). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
