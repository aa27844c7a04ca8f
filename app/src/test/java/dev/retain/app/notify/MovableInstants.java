package dev.retain.app.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/** The instants of a test's Clock: set to a moment and moved on by hand (the real time until a test sets one). */
public final class MovableInstants implements InstantSource {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    @Override
    public Instant instant() {
        Instant pinned = now.get();
        return pinned == null ? Instant.now() : pinned;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> (t == null ? Instant.now() : t).plus(by));
    }
}
