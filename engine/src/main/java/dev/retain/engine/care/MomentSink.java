package dev.retain.engine.care;

/** Receives the moments due for a row of {@link CareColumns}, in row order within a chunk. */
@FunctionalInterface
public interface MomentSink {
    void accept(int row, DueMoment moment);
}
