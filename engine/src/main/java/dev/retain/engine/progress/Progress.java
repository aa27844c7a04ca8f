package dev.retain.engine.progress;

/** Where a long run stands, for a progress bar; the engine reports, the caller draws. */
public interface Progress {

    Progress NONE = (phase, done, total) -> { };

    /** {@code total} may be 0 when unknown; units are the phase's own (bytes, subscribers). */
    void update(String phase, long done, long total);
}
