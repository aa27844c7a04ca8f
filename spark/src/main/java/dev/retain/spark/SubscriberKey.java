package dev.retain.spark;

import dev.retain.engine.csv.CsvReader;
import dev.retain.engine.value.Msisdn;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The partition of a row: by its MSISDN as the engine identifies a subscriber ({@link Msisdn#canonical}, so
 * {@code +86…} and the national form meet), so every row of a subscriber lands in one partition. A row without
 * a readable number goes anywhere: the engine rejects it there as it would on one machine.
 */
final class SubscriberKey {

    private SubscriberKey() {
    }

    static int partition(byte[] line, int msisdnColumn, long lineNumber, int partitions) {
        String msisdn = field(line, msisdnColumn);
        int hash = msisdn == null ? Long.hashCode(lineNumber) : Msisdn.canonical(msisdn).hashCode();
        return Math.floorMod(hash, partitions);
    }

    /** The partition of a subscriber's number, in either form. */
    static int partitionOf(String msisdn, int partitions) {
        return Math.floorMod(Msisdn.canonical(msisdn).hashCode(), partitions);
    }

    /** A field of one CSV line as the engine reads it (trimmed; null when blank). */
    static String field(byte[] line, int column) {
        try {
            CsvReader reader = CsvReader.over(line, line.length);
            if (!reader.next()) return null;
            return reader.record().optionalText(column);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory: not reached
        }
    }
}
