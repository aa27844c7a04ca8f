package dev.retain.engine.load;

import dev.retain.engine.csv.FieldError;

/** Receives typed rows; may still refuse one (a duplicate key, an unknown reference). */
@FunctionalInterface
public interface RowSink<T> {

    void accept(T row, long line) throws FieldError;
}
